// Departments: the list, and one department over the years.
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { DepartmentSummarySchema } from '../../store/repository.js';
import { ApiError } from '../errors.js';
import { BudgetFinalSchema } from '../../model/budget-final.js';
import { budgetFinal } from '../portal-budget-final.js';
import { BreakdownSchema, departmentBreakdown, departmentYears, DepartmentYearsSchema } from '../portal-department.js';
import { errors, idParam, json, type ApiApp } from './api.js';
import type { ApiDeps } from './deps.js';
import { text } from './fields.js';

export function registerDepartmentRoutes(app: ApiApp, { repo }: ApiDeps): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/departments',
      tags: ['部门'],
      summary: '部门列表：各有几份决算（当前版本）、哪些年度、错误合计',
      request: { query: z.object({ region: text('地区名称（完全相同）').optional() }) },
      responses: { 200: json(z.object({ items: z.array(DepartmentSummarySchema) })), ...errors('bad-query') },
    }),
    async (c) => c.json({ items: await repo.departments({ region: c.req.valid('query').region }) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/departments/{id}',
      tags: ['部门'],
      summary: '一个部门的历年决算与主要数字',
      request: { params: z.object({ id: idParam('部门编号') }) },
      responses: { 200: json(DepartmentYearsSchema), ...errors('bad-id', 'not-found') },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const years = await departmentYears(repo, id);
      if (!years) throw new ApiError('not-found', `没有编号为 ${id} 的部门。`);
      return c.json(years, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/departments/{id}/breakdown',
      tags: ['部门'],
      summary: '一个部门历年支出的分类构成：按功能分类（类、款、项）或经济分类',
      request: {
        params: z.object({ id: idParam('部门编号') }),
        query: z.object({
          by: z.enum(['function', 'economic']).default('function').describe('应为 function（功能分类，公开03）或 economic（经济分类，公开06）'),
          level: z.enum(['类', '款', '项']).default('类').describe('应为 类、款 或 项'),
        }),
      },
      responses: { 200: json(BreakdownSchema), ...errors('bad-id', 'bad-query', 'not-found') },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const q = c.req.valid('query');
      const breakdown = await departmentBreakdown(repo, id, q.by, q.level);
      if (!breakdown) throw new ApiError('not-found', `没有编号为 ${id} 的部门。`);
      return c.json(breakdown, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/departments/{id}/budget-final',
      tags: ['部门'],
      summary: '一个部门的预算与决算：时间线、按类和“三公”经费的预决算对照、文件之间核对的发现',
      request: { params: z.object({ id: idParam('部门编号') }) },
      responses: { 200: json(BudgetFinalSchema), ...errors('bad-id', 'not-found') },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const result = await budgetFinal(repo, id);
      if (!result) throw new ApiError('not-found', `没有编号为 ${id} 的部门。`);
      return c.json(result, 200);
    },
  );
}
