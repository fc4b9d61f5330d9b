// The API described in OpenAPI 3.1 (hand-written; a test checks that every route is described and vice versa).
import { DOCUMENT_KINDS } from '../model/disclosure.js';
import { TABLE_IDS } from '../model/table-id.js';
import { GROUP_KEYS } from '../store/repository.js';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: ref('Error') } } });
const json = (schema: object, description = '成功') => ({ description, content: { 'application/json': { schema } } });
const idParam = { name: 'id', in: 'path', required: true, description: '决算编号', schema: { type: 'integer', minimum: 1 } };
const q = (name: string, description: string, schema: object = { type: 'string' }) => ({ name, in: 'query', required: false, description, schema });

const FILTER_PARAMS = [
  q('region', '地区（完全相同），如「汾阳市」'),
  q('department', '部门名称的一部分，如「医疗保障」'),
  q('year', '年度', { type: 'integer', minimum: 1949, maximum: 2100 }),
  q('kind', '文件类型', { type: 'string', enum: [...DOCUMENT_KINDS] }),
  q('hasErrors', '只要有（true）或没有（false）错误的决算', { type: 'boolean' }),
];
const SELECTOR_PARAMS = [
  q('table', '表（决算 T01–T10，预算 B01–B13）', { type: 'string', enum: [...TABLE_IDS] }),
  q('row', '行：科目编码（如 2101501）或标准行名（如 合计、收入总计）'),
  q('column', '栏：标准栏名（如 本年支出合计、基本支出）'),
];
const NOT_FOUND = errorResponse('没有这个决算（not-found）');
const BAD_ID = errorResponse('编号无效（bad-id）');
const BAD_QUERY = errorResponse('查询参数无效（bad-query）');
const UNAUTHORIZED = errorResponse('需要访问令牌（unauthorized）');
const download = (type: string, description: string) => ({ description, content: { [type]: { schema: { type: 'string', format: 'binary' } } } });

const source = {
  oneOf: [
    { type: 'object', properties: { line: { type: 'integer' }, column: { type: 'integer' } }, required: ['line'] },
    { type: 'object', properties: { page: { type: 'integer' }, bbox: { type: 'array', items: { type: 'number' }, minItems: 4, maxItems: 4 } }, required: ['page', 'bbox'] },
    { type: 'object', properties: { sheet: { type: 'string' }, cell: { type: 'string' } }, required: ['sheet', 'cell'] },
  ],
};
const decimal = { type: 'string', pattern: '^-?\\d+(\\.\\d+)?$', description: '精确的十进制数（字符串，绝不是浮点数）' };
const decimalOrNull = { oneOf: [decimal, { type: 'null' }] };

export const OPENAPI = {
  openapi: '3.1.0',
  info: {
    title: '决算通 API',
    version: '1',
    description:
      '部门决算公开文件的上传、抽取、审核结果、查询、汇总与下载。读取接口公开；配置了访问令牌（JUESUAN_TOKEN）时，写入接口需要 `Authorization: Bearer <令牌>`。错误一律为 `{ "error": { "code", "message" } }`，message 为中文。金额一律为精确的十进制字符串。',
  },
  servers: [{ url: '/' }],
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    schemas: {
      Error: {
        type: 'object',
        required: ['error'],
        properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' } } } },
      },
      Source: source,
      DisclosureSummary: {
        type: 'object',
        properties: {
          id: { type: 'integer' },
          sha256: { type: 'string' },
          fileName: { type: 'string' },
          fileSize: { type: 'integer' },
          mediaType: { type: 'string' },
          department: { type: ['string', 'null'] },
          region: { type: ['string', 'null'] },
          year: { type: ['integer', 'null'] },
          kind: { type: 'string', enum: [...DOCUMENT_KINDS] },
          unit: { type: ['string', 'null'] },
          tables: { type: 'array', items: { type: 'string' } },
          errors: { type: 'integer' },
          warnings: { type: 'integer' },
          infos: { type: 'integer' },
          rulesVersion: { type: 'string' },
          auditedAt: { type: 'string', format: 'date-time' },
          importedAt: { type: 'string', format: 'date-time' },
        },
      },
      Fact: {
        type: 'object',
        required: ['table', 'row', 'column', 'value', 'unit', 'source'],
        properties: {
          table: { type: 'string', enum: [...TABLE_IDS] },
          row: { type: 'string' },
          column: { type: 'string' },
          value: decimal,
          unit: { type: 'string' },
          yuan: decimal,
          source: ref('Source'),
          confidence: { type: 'number' },
        },
      },
      Finding: {
        type: 'object',
        required: ['rule', 'family', 'severity', 'message', 'location', 'sources'],
        properties: {
          rule: { type: 'string' },
          family: { type: 'string' },
          severity: { type: 'string', enum: ['error', 'warning', 'info'] },
          message: { type: 'string' },
          location: { type: 'object' },
          expected: { type: 'string' },
          actual: { type: 'string' },
          difference: { type: 'string' },
          tolerance: { type: 'string' },
          sources: { type: 'array', items: ref('Source') },
          alsoReportedBy: { type: 'array', items: { type: 'string' }, description: '也发现了同一问题的其他规则' },
        },
      },
      DisclosureDetail: {
        allOf: [
          ref('DisclosureSummary'),
          {
            type: 'object',
            properties: {
              document: { type: 'object', description: '文件信息：部门、地区、年度、类型、单位、包含的表' },
              tables: { type: 'array', items: { type: 'object' }, description: '找到的标准表（标题、表号、单位、是否空表、说明、科目编码）' },
              facts: { type: 'array', items: ref('Fact') },
              findings: { type: 'array', items: ref('Finding') },
              summary: { type: 'object', description: '审核小结：错误、警告、提示数，规则通过/未通过/无法评估' },
              sections: { type: 'array', items: { type: 'object' } },
              claims: { type: 'array', items: { type: 'object' } },
              performance: { type: 'array', items: { type: 'object' } },
            },
          },
        ],
      },
      UploadResult: {
        type: 'object',
        properties: { id: { type: 'integer' }, sha256: { type: 'string' }, created: { type: 'boolean' }, disclosure: ref('DisclosureSummary') },
      },
      AggregateRow: {
        type: 'object',
        properties: {
          key: { type: 'object', additionalProperties: { type: ['string', 'integer', 'null'] } },
          facts: { type: 'integer' },
          disclosures: { type: 'integer' },
          value: { ...decimalOrNull, description: '按原单位的精确合计（单位不一致时为 null）' },
          unit: { type: ['string', 'null'] },
          yuan: { ...decimalOrNull, description: '以元计的精确合计（含非金额数字时为 null）' },
        },
      },
    },
  },
  paths: {
    '/api/health': {
      get: { summary: '服务状态', tags: ['系统'], responses: { 200: json({ type: 'object' }) } },
    },
    '/api/openapi.json': {
      get: { summary: '本接口说明（OpenAPI 3.1）', tags: ['系统'], responses: { 200: json({ type: 'object' }) } },
    },
    '/api/disclosures': {
      get: {
        summary: '决算列表（可筛选、分页）',
        tags: ['决算'],
        parameters: [...FILTER_PARAMS, q('page', '页码（从 1 开始）', { type: 'integer', minimum: 1, default: 1 }), q('pageSize', '每页条数', { type: 'integer', minimum: 1, maximum: 200, default: 20 })],
        responses: {
          200: json({ type: 'object', properties: { items: { type: 'array', items: ref('DisclosureSummary') }, total: { type: 'integer' }, page: { type: 'integer' }, pageSize: { type: 'integer' } } }),
          400: BAD_QUERY,
        },
      },
      post: {
        summary: '上传文件：读取、抽取、审核并保存（同一文件只保存一次）',
        tags: ['决算'],
        security: [{ bearer: [] }],
        requestBody: {
          required: true,
          content: { 'multipart/form-data': { schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } } },
        },
        responses: {
          201: json(ref('UploadResult'), '新保存'),
          200: json(ref('UploadResult'), '同一文件已保存过，返回原编号'),
          400: errorResponse('缺少文件、不是 multipart 请求或文件为空（missing-file、not-multipart、empty-file、unreadable-file）'),
          401: UNAUTHORIZED,
          413: errorResponse('文件过大（file-too-large）'),
          415: errorResponse('文件类型不支持（unsupported-format）'),
          422: errorResponse('不是决算公开文件、文件不完整或已损坏（not-a-disclosure、truncated-document、unprocessable-file）'),
        },
      },
    },
    '/api/disclosures/{id}': {
      get: {
        summary: '一份决算：表格、数字、审核发现、情况说明、绩效',
        tags: ['决算'],
        parameters: [idParam],
        responses: { 200: json(ref('DisclosureDetail')), 400: BAD_ID, 404: NOT_FOUND },
      },
      delete: {
        summary: '删除一份决算及其原文件',
        tags: ['决算'],
        security: [{ bearer: [] }],
        parameters: [idParam],
        responses: { 204: { description: '已删除' }, 400: BAD_ID, 401: UNAUTHORIZED, 404: NOT_FOUND },
      },
    },
    '/api/disclosures/{id}/findings': {
      get: {
        summary: '一份决算的审核发现和小结（不含数字，供门户使用）',
        tags: ['决算'],
        parameters: [idParam],
        responses: { 200: json({ type: 'object', properties: { findings: { type: 'array', items: ref('Finding') }, summary: { type: 'object' } } }), 400: BAD_ID, 404: NOT_FOUND },
      },
    },
    '/api/disclosures/{id}/tables': {
      get: {
        summary: '由数字重建的标准表（公开01–10）：行按印刷顺序、栏按标准顺序，每格带出处；marks 为落在表格上的审核发现',
        tags: ['决算'],
        parameters: [idParam],
        responses: { 200: json({ type: 'object', properties: { tables: { type: 'array', items: { type: 'object' } }, marks: { type: 'array', items: { type: 'object' } } } }), 400: BAD_ID, 404: NOT_FOUND },
      },
    },
    '/api/disclosures/{id}/source': {
      get: {
        summary: '出处的原文：文本行（前后各 8 行，kind=text）、工作表网格（kind=sheet）或 PDF 页面与位置框（kind=page，图像见 pages/{page}）',
        tags: ['决算'],
        parameters: [
          idParam,
          q('line', '行号（文本、DOCX、HTML）', { type: 'integer', minimum: 1 }),
          q('column', '栏号（表格行中的第几格）', { type: 'integer', minimum: 1 }),
          q('page', 'PDF 页码', { type: 'integer', minimum: 1 }),
          q('bbox', '位置框 x0,y0,x1,y1（PDF 单位，自页面左上角）'),
          q('sheet', '工作表名称'),
          q('cell', '单元格，如 C12'),
        ],
        responses: { 200: json({ type: 'object' }), 400: errorResponse('出处参数无效（bad-query、bad-id）'), 404: errorResponse('没有这个决算或出处（not-found、source-not-found）') },
      },
    },
    '/api/disclosures/{id}/pages/{page}': {
      get: {
        summary: 'PDF 原文件某一页的图像（PNG，100 dpi；一个 PDF 单位为 100/72 像素）',
        tags: ['决算'],
        parameters: [idParam, { name: 'page', in: 'path', required: true, description: '页码（从 1 开始）', schema: { type: 'integer', minimum: 1 } }],
        responses: {
          200: download('image/png', '页面图像'),
          400: BAD_ID,
          404: errorResponse('没有这个决算、原文件不是 PDF 或没有这一页（not-found、not-a-pdf、page-not-found）'),
          500: errorResponse('渲染失败（render-failed）'),
        },
      },
    },
    '/api/disclosures/{id}/file': {
      get: { summary: '原文件（逐字节不变）', tags: ['下载'], parameters: [idParam], responses: { 200: download('application/octet-stream', '原文件'), 404: NOT_FOUND } },
    },
    '/api/disclosures/{id}/facts.csv': {
      get: { summary: '全部数字（CSV）', tags: ['下载'], parameters: [idParam], responses: { 200: download('text/csv', 'CSV'), 404: NOT_FOUND } },
    },
    '/api/disclosures/{id}/findings.csv': {
      get: { summary: '审核发现（CSV）', tags: ['下载'], parameters: [idParam], responses: { 200: download('text/csv', 'CSV'), 404: NOT_FOUND } },
    },
    '/api/disclosures/{id}/export.xlsx': {
      get: {
        summary: '工作簿（XLSX）：概况、数字、审核发现、表格',
        tags: ['下载'],
        parameters: [idParam],
        responses: { 200: download('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'XLSX'), 404: NOT_FOUND },
      },
    },
    '/api/disclosures/{id}/export.json': {
      get: { summary: '完整数据（JSON 下载）', tags: ['下载'], parameters: [idParam], responses: { 200: json(ref('DisclosureDetail')), 404: NOT_FOUND } },
    },
    '/api/disclosures/{id}/datapackage.json': {
      get: {
        summary: 'Fiscal Data Package 描述文件（数据在同目录的 facts.csv）',
        tags: ['下载'],
        parameters: [idParam],
        responses: { 200: json({ type: 'object' }), 404: NOT_FOUND },
      },
    },
    '/api/facts.csv': {
      get: {
        summary: '筛选出的全部决算的数字（CSV，流式）',
        tags: ['下载'],
        parameters: [...FILTER_PARAMS, ...SELECTOR_PARAMS],
        responses: { 200: download('text/csv', 'CSV'), 400: BAD_QUERY },
      },
    },
    '/api/datapackage.json': {
      get: {
        summary: '筛选出的全部决算的 Fiscal Data Package 描述文件（数据为 /api/facts.csv）',
        tags: ['下载'],
        parameters: [...FILTER_PARAMS, ...SELECTOR_PARAMS],
        responses: { 200: json({ type: 'object' }), 400: BAD_QUERY },
      },
    },
    '/api/aggregates': {
      get: {
        summary: '按部门、地区、年度、类型、表、行、栏分组的精确合计',
        tags: ['查询'],
        parameters: [
          ...SELECTOR_PARAMS,
          q('groupBy', `分组，逗号分隔：${GROUP_KEYS.join('、')}`, { type: 'string' }),
          ...FILTER_PARAMS,
        ],
        responses: { 200: json({ type: 'object', properties: { groupBy: { type: 'array', items: { type: 'string' } }, groups: { type: 'array', items: ref('AggregateRow') } } }), 400: BAD_QUERY },
      },
    },
    '/api/compare': {
      get: {
        summary: '几份决算的数字逐项对比',
        tags: ['查询'],
        parameters: [{ name: 'ids', in: 'query', required: true, description: '决算编号，逗号分隔（2–20 个）', schema: { type: 'string' } }, ...SELECTOR_PARAMS],
        responses: { 200: json({ type: 'object' }), 400: BAD_QUERY, 404: NOT_FOUND },
      },
    },
    '/api/search': {
      get: {
        summary: '按部门、科目编码或文字搜索',
        description: '文字按相邻两字索引查找；候选很多时只确认排名靠前的部分，此时 totalExact 为 false，total 是候选数（上限）。',
        tags: ['查询'],
        parameters: [{ name: 'q', in: 'query', required: true, schema: { type: 'string' } }, q('limit', '最多返回条数', { type: 'integer', minimum: 1, maximum: 100, default: 20 })],
        responses: {
          200: json({
            type: 'object',
            properties: {
              query: { type: 'string' },
              items: { type: 'array', items: { type: 'object', properties: { disclosure: ref('DisclosureSummary'), matches: { type: 'array', items: { type: 'string', enum: ['department', 'code', 'text'] } }, snippet: { type: ['string', 'null'] } } } },
              total: { type: 'integer' },
              totalExact: { type: 'boolean' },
            },
          }),
          400: BAD_QUERY,
        },
      },
    },
    '/api/departments': {
      get: { summary: '部门列表（含决算份数、年度、错误数）', tags: ['查询'], parameters: [FILTER_PARAMS[0]], responses: { 200: json({ type: 'object' }) } },
    },
    '/api/dashboard': {
      get: {
        summary: '审核总览：部门 × 年度的审核状态（错误多的部门在前），可按地区筛选',
        tags: ['查询'],
        parameters: [
          FILTER_PARAMS[0],
          q('errorsOnly', '只列有错误的部门', { type: 'boolean' }),
          q('page', '页码（从 1 开始，按部门分页）', { type: 'integer', minimum: 1, default: 1 }),
          q('pageSize', '每页部门数', { type: 'integer', minimum: 1, maximum: 200, default: 50 }),
        ],
        responses: { 200: json({ type: 'object' }), 400: BAD_QUERY },
      },
    },
    '/api/departments/{id}': {
      get: {
        summary: '一个部门的历年决算，及每年的收入总计、支出总计和“三公”经费支出（精确值）',
        tags: ['查询'],
        parameters: [{ name: 'id', in: 'path', required: true, description: '部门编号（见 /api/departments）', schema: { type: 'integer', minimum: 1 } }],
        responses: { 200: json({ type: 'object' }), 400: BAD_ID, 404: errorResponse('没有这个部门（not-found）') },
      },
    },
    '/api/reaudit': {
      post: {
        summary: '用当前规则重新审核（默认只审核规则版本不同的；force=true 全部）',
        tags: ['系统'],
        security: [{ bearer: [] }],
        parameters: [q('force', '全部重新审核', { type: 'boolean' })],
        responses: { 200: json({ type: 'object' }), 401: UNAUTHORIZED },
      },
    },
  },
} as const;
