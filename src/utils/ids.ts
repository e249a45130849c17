/** userIDs typed into one field: commas (also full-width), spaces or new lines between them. */
export function splitIDs(text: string): string[] {
  return [...new Set(text.split(/[\s,，、]+/).map((id) => id.trim()).filter((id) => id !== ''))];
}
