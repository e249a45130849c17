import { useI18n } from 'vue-i18n';
import { durationParts } from '@/src/utils/duration';

/** A length of time in words of the current language: "23h 54m", "23小时54分". */
export function useDurationText() {
  const { t } = useI18n();
  return (seconds: number): string => {
    const { unit, days, hours, minutes } = durationParts(seconds);
    return t(`members.duration.${unit}`, { d: days, h: hours, m: minutes });
  };
}
