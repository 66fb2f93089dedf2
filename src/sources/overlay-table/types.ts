// Public types of the threshold-table template and reader.
import type { Citation, Provenance } from '../../legal/citation.js';
import type { CriteriaSet, CriteriaSetKind } from '../../engine/types/index.js';
import type { NumberStyle, TableFormat } from '../tables/types.js';

/**
 * Options of {@link overlayTemplate}.
 *
 * @example
 * ```ts
 * import { overlayTemplate, type OverlayTemplateOptions } from 'ntm-rules';
 * const options: OverlayTemplateOptions = { asOf: '2024-06-30', lang: 'en' };
 * const csv = await overlayTemplate('commune', options);
 * ```
 */
export interface OverlayTemplateOptions {
  /** The day whose set version is wanted (ISO `YYYY-MM-DD`); without it, the kind's newest version. Not with a set object. */
  readonly asOf?: string;
  /** `'csv'` (the default: text) or `'xlsx'` (the bytes of a workbook). */
  readonly format?: TableFormat;
  /** Language of the labels, hints and marks (`'vi'`, the default, or `'en'`); the reader reads both. */
  readonly lang?: 'vi' | 'en';
}

/**
 * Options of {@link readOverlayTable}. The instrument, provenance, title and id are read from the
 * table's header cells; an option gives one the table leaves blank (given in both places and
 * different, it is an error).
 *
 * @example
 * ```ts
 * import type { ReadOverlayTableOptions } from 'ntm-rules';
 * const options: ReadOverlayTableOptions = { setKind: 'commune', asOf: '2024-06-30', provenance: 'confirmed' };
 * ```
 */
export interface ReadOverlayTableOptions {
  /** `'csv'` or `'xlsx'`; found from the bytes when absent. */
  readonly format?: TableFormat;
  /** The worksheet of a workbook (default: the first). */
  readonly sheet?: string;
  /** How numbers are written when a cell reads two ways (`1.234`); without it such a cell is an error. */
  readonly numberStyle?: NumberStyle;
  /** The CSV delimiter, when it cannot be told from the header. */
  readonly delimiter?: ',' | ';' | '\t';
  /** The kind of set the table is for (required unless `set` is given or the table's header names it). */
  readonly setKind?: CriteriaSetKind;
  /** The day whose set version the codes are checked against; without it, the version the header names, else the newest. */
  readonly asOf?: string;
  /** A set defined with `defineCriteriaSet` (a province's detailed set) to read the codes against instead of a national one. */
  readonly set?: CriteriaSet;
  /** The overlay's id (default: the header's, else made from the instrument). */
  readonly id?: string;
  readonly title?: string;
  /** The instrument, when the header cells do not give it. */
  readonly citation?: Citation;
  readonly provenance?: Provenance;
}
