// Funding aggregation against a plain BigInt sum in integer đồng (filled in once
// aggregateFunding is on main).

/** A row of the summary table. */
export interface Row {
  readonly measure: string;
  readonly value: string;
  readonly ratio: string;
  readonly goal: string;
  readonly met: boolean | undefined;
}

export async function fundingSection(_time: (rounds: number, fn: () => void) => number, _gc: () => void): Promise<Row[]> {
  return [{ measure: 'funding aggregation (1,000,000 lines)', value: 'aggregateFunding not on main yet', ratio: '', goal: '≤ 3x BigInt', met: undefined }];
}
