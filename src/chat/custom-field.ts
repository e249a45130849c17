/** `{ key, value }` entries of profileCustomField; the service stores strings only. */
export interface CustomField {
  key: string;
  value: string;
}
