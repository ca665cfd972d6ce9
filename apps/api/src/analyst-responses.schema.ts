import { z } from 'zod';
import { claimSchema, entityRefSchema, linkSchema, quantitySchema } from '@claim-ledger/contracts';

// The bodies of the analysts' API, described once in zod: the OpenAPI document is generated from them.

const next = z.string().nullable().meta({ description: 'Cursor of the next page; null when this page is the last.' });

export const claimsPageSchema = z.object({ claims: z.array(claimSchema), next });

export const claimDetailSchema = z.object({
  claim: claimSchema,
  current: z.boolean().meta({ description: 'False when a later revision of the article no longer holds it.' }),
  article: z.object({
    publisher: z.string(),
    id: z.string(),
    url: z.string().nullable(),
    title: z.string().nullable(),
    publishedAt: z.string(),
  }),
});

export const claimLinksSchema = z.object({
  claim: claimSchema,
  links: z.array(linkSchema.extend({ other: claimSchema })),
  next,
});

export const propositionSummarySchema = z.object({
  id: z.string(),
  label: z.string().nullable(),
  action: z.string().nullable(),
  agent: z.string().nullable(),
  patient: z.string().nullable(),
  createdAt: z.string(),
  claimCount: z.number(),
  sourceCount: z.number(),
  conflictCount: z.number(),
  updateCount: z.number(),
  languages: z.array(z.string()),
  lastStatedAt: z.string().nullable(),
});

export const propositionsPageSchema = z.object({
  propositions: z.array(
    propositionSummarySchema.extend({
      match: z
        .object({ claimId: z.string(), content: z.string() })
        .optional()
        .meta({ description: 'With q: the newest claim of the proposition that matches.' }),
    }),
  ),
  next,
});

export const propositionDetailSchema = z.object({
  proposition: z.record(z.string(), z.unknown()),
  claimCount: z.number(),
  linkCount: z.number(),
  claims: z.array(claimSchema),
  claimsNext: next,
  links: z.array(linkSchema),
  linksNext: next,
});

export const timelinePageSchema = z.object({
  proposition: propositionSummarySchema,
  entries: z.array(
    z.object({
      claimId: z.string(),
      statedAt: z.string(),
      eventTime: claimSchema.shape.eventTime.nullable(),
      source: entityRefSchema,
      stance: z.enum(['asserts', 'denies']),
      hedged: z.boolean(),
      language: z.string(),
      content: z.string(),
      quantities: z.array(quantitySchema),
      publisher: z.string(),
      articleId: z.string(),
      publishedAt: z.string(),
      marks: z.array(
        z.object({
          relation: z.enum(['conflicts', 'updates']),
          direction: z.enum(['from', 'to']).meta({ description: '`from`: this is the earlier claim of the link.' }),
          otherClaimId: z.string(),
          otherSource: z.string(),
          reason: z.string(),
        }),
      ),
    }),
  ),
  next,
});

export const propositionSourcesSchema = z.object({
  sourceCount: z.number(),
  independentSources: z.number().meta({ description: 'Groups of sources independent of one another.' }),
  sources: z.array(
    z.object({
      source: z.object({ id: z.string(), name: z.string(), kind: z.string() }),
      claimCount: z.number(),
      firstStatedAt: z.string(),
      lastStatedAt: z.string(),
      stances: z.object({ asserts: z.number(), denies: z.number() }),
      notIndependentOf: z.array(z.string()),
    }),
  ),
  next,
});

const counted = z.object({ source: z.object({ id: z.string(), name: z.string() }), claims: z.number() });
export const profileSchema = z.object({
  entity: z.object({ id: z.string(), name: z.string(), kind: z.string() }),
  claimCount: z.number(),
  stances: z.object({ asserts: z.number(), denies: z.number() }),
  firstStatedAt: z.string().nullable(),
  lastStatedAt: z.string().nullable(),
  propositionCount: z.number(),
  contradictedClaims: z.number(),
  contradictedBy: z.array(counted),
  sources: z.array(counted).optional(),
  claims: z.string().meta({ description: 'The claims query that lists the claims themselves.' }),
});

export const articleDetailSchema = z.object({
  article: z.object({
    publisher: z.string(),
    id: z.string(),
    revision: z.number(),
    url: z.string().nullable(),
    title: z.string().nullable(),
    language: z.string(),
    publishedAt: z.string(),
    body: z.string(),
  }),
  claims: z.array(claimSchema),
  revisions: z.array(
    z.object({
      revision: z.number(),
      title: z.string().nullable(),
      publishedAt: z.string(),
      recordedAt: z.string(),
      claimCount: z.number(),
      changes: z
        .object({ titleChanged: z.boolean(), sentencesRemoved: z.array(z.string()), sentencesAdded: z.array(z.string()) })
        .nullable(),
    }),
  ),
  withdrawnClaims: z.array(z.object({ claim: claimSchema, supersededAt: z.string() })),
});

export const feedPageSchema = z.object({
  links: z.array(
    z.object({
      relation: z.enum(['conflicts', 'updates', 'corroborates']),
      independent: z.boolean(),
      reason: z.string(),
      propositionId: z.string(),
      createdAt: z.string(),
      from: claimSchema,
      to: claimSchema,
    }),
  ),
  next,
});
