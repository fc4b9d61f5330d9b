// The API the portal's pages call besides the general one: a disclosure's findings (without its facts), its
// tables rebuilt from the facts, the reviewer's dashboard and a department's years (compressed, as all of
// /api/*, by app.ts).
import type { Hono } from 'hono';
import { z } from 'zod';
import type { Repository } from '../store/repository.js';
import { ApiError } from './errors.js';
import { dashboard } from './portal-dashboard.js';
import { departmentYears } from './portal-department.js';
import { disclosureNotFound, pathId, query } from './portal-ids.js';
import { rebuildTables } from './portal-tables.js';

const DashboardQuery = z.object({
  region: z.string().trim().min(1).max(200).optional(),
  errorsOnly: z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1').optional(),
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
const HINTS = { region: '应为地区名称', errorsOnly: '应为 true 或 false', page: '应为从 1 开始的页码', pageSize: '应为 1–200 的整数' };

export function registerPortalRoutes(app: Hono, repo: Repository): void {
  app.get('/api/disclosures/:id/findings', async (c) => {
    const id = pathId(c);
    const d = await repo.get(id);
    if (!d) throw disclosureNotFound(id);
    const { facts: _facts, sections: _sections, claims: _claims, performance: _performance, other: _other, tableInfo, ...rest } = d;
    return c.json({ ...rest, tables: tableInfo.map((t) => ({ id: t.id, title: t.title, empty: t.reading.status === 'empty', reading: t.reading })) });
  });

  app.get('/api/disclosures/:id/tables', async (c) => {
    const id = pathId(c);
    const d = await repo.get(id);
    if (!d) throw disclosureNotFound(id);
    const marks = d.findings.flatMap((f) =>
      'table' in f.location ? [{ table: f.location.table, row: f.location.row ?? null, column: f.location.column ?? null, severity: f.severity, message: f.message }] : [],
    );
    return c.json({ id, department: d.department, year: d.year, unit: d.unit, tables: rebuildTables(d.tableInfo, d.facts), marks });
  });

  app.get('/api/dashboard', async (c) => {
    const q = query(c, DashboardQuery, HINTS);
    return c.json(await dashboard(repo, q));
  });

  app.get('/api/departments/:id', async (c) => {
    const id = pathId(c, 'id', '部门编号');
    const years = await departmentYears(repo, id);
    if (!years) throw new ApiError(404, 'not-found', `没有编号为 ${id} 的部门。`);
    return c.json(years);
  });
}
