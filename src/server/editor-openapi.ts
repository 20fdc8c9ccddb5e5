// The editors' API in the OpenAPI document: its body is the same zod schema the routes parse.
import { z } from 'zod';
import { changeInput } from '../app/editors/change-input.js';

const body = z.toJSONSchema(changeInput, { target: 'openapi-3.0', io: 'input' });
const error = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });
const security = [{ session: [], csrf: [] }];
const refusals = {
  '401': error('not signed in'),
  '403': error('the CSRF token (header x-csrf-token) is missing or not the session\'s, or the role may not do this'),
  '404': error('no such proposal'),
  '409': error('the State\'s record changed since baseVersion (details.currentVersion), or the proposal is not pending'),
  '422': error('the change breaks a rule of `adherence check` on the record it would make: the message names each field and rule; details lists them'),
};

export const editorPaths = {
  '/api/v1/actions': {
    post: {
      summary: 'Propose a change to one State\'s record (a depositary action, the end of a withdrawal\'s suspension, or a sourced fact); a reviewer approves it',
      security,
      requestBody: { required: true, content: { 'application/json': { schema: body } } },
      responses: { '201': { description: 'the proposal' }, '400': error('the body is not of this shape'), ...refusals },
    },
  },
  '/api/v1/proposals/{id}/approve': {
    post: { summary: 'Approve a proposal (a reviewer, not its author; an admin may approve their own, audited as an emergency): it reaches the public record', security, parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }], responses: { '200': { description: 'the proposal, approved' }, ...refusals } },
  },
  '/api/v1/proposals/{id}/revert': {
    post: { summary: 'Revert an approved change (a reviewer or an admin), itself audited', security, parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }], responses: { '200': { description: 'the proposal, reverted' }, ...refusals } },
  },
};

export const editorSecuritySchemes = {
  session: { type: 'apiKey', in: 'cookie', name: 'adherence_session', description: 'the session cookie set by signing in at /editor/sign-in' },
  csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token', description: 'the session\'s CSRF token (the _csrf field of the editor\'s pages)' },
};
