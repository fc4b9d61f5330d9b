// A reviewer acts on a finding: 确认, 误报 or 已整改, with a comment, who and when. The mark is kept by the
// finding's key, so it stays on the finding through a re-audit as long as the finding stays the same.
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { ReviewSchema, ReviewStatusSchema } from '../../store/repository.js';
import { findingKeys } from '../../store/finding-key.js';
import { lineText, multilineText } from '../control-characters.js';
import { ApiError, disclosureNotFound } from '../errors.js';
import { bearer, DisclosureIdParams, errors, json, WRITE_ERRORS, type ApiApp } from './api.js';
import type { ApiDeps } from './deps.js';

const ReviewParams = DisclosureIdParams.extend({ key: z.string().regex(/^[0-9a-f]{20}$/).describe('发现的键') });

const ReviewBody = z.object({
  status: ReviewStatusSchema,
  comment: multilineText(z.string().trim().max(2000)).default('').describe('审核意见，至多 2000 字'),
  reviewer: lineText(z.string().trim().min(1).max(100)).describe('审核人姓名，1–100 个字'),
});

export function registerReviewRoutes(app: ApiApp, { repo }: ApiDeps): void {
  /** The finding must exist on this disclosure now (a mark on a finding that went away would never be seen). */
  async function checkFinding(id: number, key: string): Promise<void> {
    const detail = await repo.get(id);
    if (!detail) throw disclosureNotFound(id);
    if (!findingKeys(detail.findings).includes(key)) throw new ApiError('finding-not-found', `编号为 ${id} 的决算没有键为 ${key} 的审核发现（可能已在重新审核后消失）。`);
  }

  app.openapi(
    createRoute({
      method: 'put',
      path: '/api/disclosures/{id}/findings/{key}/review',
      tags: ['审核'],
      summary: '标注一条审核发现：确认、误报或已整改，附意见、审核人和时间',
      security: bearer,
      request: { params: ReviewParams, body: { required: true, content: { 'application/json': { schema: ReviewBody } } } },
      responses: { 200: json(ReviewSchema), ...errors('bad-id', 'bad-body', 'not-found', 'finding-not-found', ...WRITE_ERRORS) },
    }),
    async (c) => {
      const { id, key } = c.req.valid('param');
      await checkFinding(id, key);
      return c.json(await repo.setReview(id, key, c.req.valid('json')), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/disclosures/{id}/findings/{key}/review',
      tags: ['审核'],
      summary: '撤销对一条审核发现的标注',
      security: bearer,
      request: { params: ReviewParams },
      responses: { 204: { description: '已撤销' }, ...errors('bad-id', 'not-found', 'finding-not-found', ...WRITE_ERRORS) },
    }),
    async (c) => {
      const { id, key } = c.req.valid('param');
      if (!(await repo.clearReview(id, key))) {
        if (!(await repo.summary(id))) throw disclosureNotFound(id);
        throw new ApiError('finding-not-found', `这条审核发现没有标注。`);
      }
      return c.body(null, 204);
    },
  );
}
