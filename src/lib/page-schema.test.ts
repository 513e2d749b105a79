import { describe, expect, it } from 'vitest';
import { pageSchema } from './page-schema.ts';

const valid = {
  title: 'About this site',
  description: 'Who the site is for and how its facts are checked.',
  lastReviewed: '2026-11-27',
};

describe('pageSchema', () => {
  it('accepts a complete page and parses the review date', () => {
    const page = pageSchema.parse({ ...valid, nav: { order: 1, label: 'About' } });
    expect(page.lastReviewed.toISOString()).toBe('2026-11-27T00:00:00.000Z');
  });

  it.each([
    ['title', { ...valid, title: undefined }],
    ['title', { ...valid, title: '  ' }],
    ['description', { ...valid, description: 'Too short' }],
    ['lastReviewed', { ...valid, lastReviewed: 'last week' }],
    ['nav.order', { ...valid, nav: { order: -1 } }],
    ['region.group', { ...valid, region: { group: 'europe', order: 1 } }],
    ['region.order', { ...valid, region: { group: 'asia', order: 1.5 } }],
    ['region.order', { ...valid, region: { group: 'asia' } }],
    ['translation.status', { ...valid, translation: { source: '0123abcd', status: 'checked' } }],
    ['translation.reviewedBy', { ...valid, translation: { source: '0123abcd', status: 'reviewed', reviewedOn: '2026-12-01' } }],
    ['translation.reviewedOn', { ...valid, translation: { source: '0123abcd', status: 'reviewed', reviewedBy: 'A. Reviewer' } }],
    ['translation.reviewedOn', { ...valid, translation: { source: '0123abcd', status: 'reviewed', reviewedBy: 'A. Reviewer', reviewedOn: 'last week' } }],
  ])('names the field %s when it is missing or wrong', (field, data) => {
    const result = pageSchema.safeParse(data);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(field);
  });

  it('accepts an optional region group and order, and no region at all', () => {
    expect(pageSchema.parse({ ...valid, region: { group: 'asia', order: 10 } }).region).toEqual({ group: 'asia', order: 10 });
    expect(pageSchema.parse(valid).region).toBeUndefined();
  });

  it('puts a nav entry in the header unless it asks for the footer', () => {
    expect(pageSchema.parse({ ...valid, nav: { order: 10 } }).nav).toEqual({ order: 10, placement: 'header' });
    expect(pageSchema.parse({ ...valid, nav: { order: 85, placement: 'footer' } }).nav?.placement).toBe('footer');
    expect(pageSchema.parse(valid).nav).toBeUndefined();
  });

  it('names nav.placement when it is neither header nor footer', () => {
    const result = pageSchema.safeParse({ ...valid, nav: { order: 1, placement: 'sidebar' } });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain('nav.placement');
  });

  it('rejects unknown fields, so a misspelt one is caught', () => {
    const result = pageSchema.safeParse({ ...valid, tittle: 'Typo' });
    expect(result.success).toBe(false);
  });

  it('records a translation as a draft unless it says who reviewed it and when', () => {
    expect(pageSchema.parse({ ...valid, translation: { source: '0123abcd' } }).translation?.status).toBe('draft');
    const reviewed = pageSchema.parse({ ...valid, translation: { source: '0123abcd', status: 'reviewed', reviewedBy: 'A. Reviewer', reviewedOn: new Date('2026-12-01') } });
    expect(reviewed.translation).toEqual({ source: '0123abcd', status: 'reviewed', reviewedBy: 'A. Reviewer', reviewedOn: '2026-12-01' });
  });
});
