/** `YYYY-MM-DD HH:mm:ss` of an instant in a time zone (what a spreadsheet shows as local time). */
export function localDateTime(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
  }).format(instant);
}
