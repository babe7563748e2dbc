/** The lines of the source files diagnostics point at, each file read once (by the path the diagnostic shows). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export class SourceLines {
  private readonly files = new Map<string, string[] | null>();

  constructor(private readonly cwd: string) {}

  /** The file's lines (LF or CRLF), or null when it cannot be read (a folder, a removed file). */
  of(file: string): string[] | null {
    if (!this.files.has(file)) {
      let lines: string[] | null;
      try {
        lines = readFileSync(resolve(this.cwd, file), 'utf8').split(/\r?\n/);
      } catch {
        lines = null;
      }
      this.files.set(file, lines);
    }
    return this.files.get(file)!;
  }
}
