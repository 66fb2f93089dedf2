// The issues of one validation, collected in order up to the bound an error carries.
import type { LocalizedText } from '../_lib/text.js';
import { issue, MAX_ISSUES, type IssueInit } from '../errors.js';

/** Collects issues, at most MAX_ISSUES (the rest would only make the error larger). */
export class Issues {
  readonly list: IssueInit[] = [];
  add(path: readonly (string | number)[], p: { code: string; text: LocalizedText; params?: IssueInit['params'] }): void {
    if (this.list.length < MAX_ISSUES) this.list.push(issue(path, p.code, p.text, p.params));
  }
  get full(): boolean {
    return this.list.length >= MAX_ISSUES;
  }
}

