/** English names of the funding source ids, for the English report (the plan's own labels are Vietnamese). */
export const SOURCE_NAMES: Readonly<Record<string, string>> = Object.freeze({
  central: 'Central budget (NSTW)',
  'central.investment': 'Investment',
  'central.investment.domestic': 'Domestic',
  'central.investment.foreign': 'Foreign',
  'central.recurrent': 'Recurrent',
  local: 'Local budget (NSĐP)',
  'local.province': 'Provincial budget',
  integrated: 'Integrated funds',
  'integrated.poverty-reduction': 'Sustainable poverty-reduction program',
  'integrated.ethnic-minority': 'Ethnic-minority and mountainous areas program',
  credit: 'Credit',
  community: 'Community contributions',
  enterprise: 'Enterprises',
  other: 'Other',
});
