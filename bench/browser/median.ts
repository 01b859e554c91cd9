/** Median of browser runs: the upper middle value when the count is even (a measured run, not an average). */
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
