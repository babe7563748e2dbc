/**
 * Content-stream operators written as bytes (the operators are ASCII), with numbers in
 * pdfkit's format. One buffer is reused from line to line: building the operators as
 * strings made a few string objects per glyph, a large share of an edition's garbage.
 */
export class ContentBytes {
  private bytes = Buffer.allocUnsafe(1 << 14);
  length = 0;

  private room(n: number): void {
    if (this.length + n <= this.bytes.length) return;
    const more = Buffer.allocUnsafe(Math.max(2 * this.bytes.length, this.length + n));
    this.bytes.copy(more, 0, 0, this.length);
    this.bytes = more;
  }

  text(s: string): void {
    this.room(s.length);
    const bytes = this.bytes;
    let at = this.length;
    for (let i = 0; i < s.length; i++) bytes[at++] = s.charCodeAt(i);
    this.length = at;
  }

  /**
   * A number rounded to three decimals, as `String` writes it: the digits of the rounded
   * thousandths with the point put back and trailing zeros dropped (which is the shortest
   * form that reads back as the same double, far below 10¹²); -0 as 0.
   */
  number(n: number): void {
    const thousandths = Math.round(n * 1000);
    if (!(Math.abs(thousandths) < 1e15)) return this.text(String(thousandths / 1000));
    this.room(20);
    const bytes = this.bytes;
    if (thousandths < 0) bytes[this.length++] = 0x2d;
    let fraction = Math.abs(thousandths) % 1000;
    let rest = (Math.abs(thousandths) - fraction) / 1000;
    // The integer part, written from its last digit back.
    let digits = 1;
    for (let big = rest; big >= 10; big = Math.floor(big / 10)) digits++;
    this.length += digits;
    for (let at = this.length - 1; at >= this.length - digits; at--) {
      bytes[at] = 0x30 + (rest % 10);
      rest = Math.floor(rest / 10);
    }
    if (fraction === 0) return;
    bytes[this.length++] = 0x2e;
    let scale = 100;
    while (fraction > 0) {
      const digit = Math.floor(fraction / scale);
      bytes[this.length++] = 0x30 + digit;
      fraction -= digit * scale;
      scale /= 10;
    }
  }

  /** The bytes written since the last call, copied (pdfkit keeps what it is given until the page ends). */
  take(): Buffer {
    const out = Buffer.from(this.bytes.subarray(0, this.length));
    this.length = 0;
    return out;
  }
}
