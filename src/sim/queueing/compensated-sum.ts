/**
 * Neumaier's compensated sum: adds many terms with an error that does not grow with their count,
 * so summing a birth–death chain over millions of states loses nothing to rounding.
 */
export class CompensatedSum {
  private sum = 0;
  private compensation = 0;

  add(term: number): void {
    const t = this.sum + term;
    // Recover the low-order bits lost by whichever operand was smaller.
    if (Math.abs(this.sum) >= Math.abs(term)) this.compensation += this.sum - t + term;
    else this.compensation += term - t + this.sum;
    this.sum = t;
  }

  get value(): number {
    return this.sum + this.compensation;
  }
}
