// The PDF reader hands on every coordinate in viewport space: PDF user-space units (1/72 inch) with the origin at
// the top-left corner of the (rotated, cropped) page and y growing downwards (positioned-text/geometry.ts).

/** A PDF affine matrix [a, b, c, d, e, f]: x' = a·x + c·y + e, y' = b·x + d·y + f. */
export type Matrix = [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** The matrix that applies `inner` first and `outer` second (PDF's `inner × outer`). */
export function multiply(outer: readonly number[], inner: readonly number[]): Matrix {
  const [a1, b1, c1, d1, e1, f1] = outer as Matrix;
  const [a2, b2, c2, d2, e2, f2] = inner as Matrix;
  return [a1 * a2 + c1 * b2, b1 * a2 + d1 * b2, a1 * c2 + c1 * d2, b1 * c2 + d1 * d2, a1 * e2 + c1 * f2 + e1, b1 * e2 + d1 * f2 + f1];
}

export function apply(m: readonly number[], x: number, y: number): [number, number] {
  const [a, b, c, d, e, f] = m as Matrix;
  return [a * x + c * y + e, b * x + d * y + f];
}
