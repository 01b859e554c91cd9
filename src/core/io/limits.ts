/** Import limits: beyond these the app would stall; the reader says so instead of trying. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
export const MAX_NODES = 20_000;

export function tooLargeMessage(bytes: number): string {
  return `the file is ${(bytes / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1024 / 1024} MB`;
}
