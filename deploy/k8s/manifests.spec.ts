import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import * as apps from 'kubernetes-models/apps/v1';
import * as autoscaling from 'kubernetes-models/autoscaling/v2';
import * as batch from 'kubernetes-models/batch/v1';
import * as core from 'kubernetes-models/v1';
import { parseAllDocuments } from 'yaml';
import type { z } from 'zod';
import { TOPICS } from '@claim-ledger/contracts';
import { alertsConfigSchema } from '../../apps/alerts/src/alerts.config';
import { apiConfigSchema } from '../../apps/api/src/api.config';
import { extractorConfigSchema } from '../../apps/extractor/src/extractor.config';
import { gatewayConfigSchema } from '../../apps/gateway/src/gateway.config';
import { ledgerConfigSchema } from '../../apps/ledger/src/ledger.config';
import { linkerConfigSchema } from '../../apps/linker/src/linker.config';
import { databaseSection, serviceSection } from '@claim-ledger/config';
import { flagsOf } from '../runtime/node-flags';

type Doc = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  [k: string]: any;
};

const root = join(__dirname, '../..');
const k8s = __dirname;

// Issue 14: every manifest is valid against the Kubernetes schemas (kubernetes-models),
// and what the Deployments say agrees with the code: entry points, ports, probes,
// environment variables, and autoscalers capped at each consumed topic's partitions.

/** What each service is in the code: its config schema, its port, the topic it consumes. */
const SERVICES: Record<string, { schema: z.ZodObject; portVariable: 'HTTP_PORT' | 'OPS_HTTP_PORT'; consumes?: keyof typeof TOPICS }> = {
  gateway: { schema: gatewayConfigSchema, portVariable: 'HTTP_PORT' },
  api: { schema: apiConfigSchema, portVariable: 'HTTP_PORT' },
  extractor: { schema: extractorConfigSchema, portVariable: 'OPS_HTTP_PORT', consumes: 'articles' },
  ledger: { schema: ledgerConfigSchema, portVariable: 'OPS_HTTP_PORT', consumes: 'claimsExtracted' },
  linker: { schema: linkerConfigSchema, portVariable: 'OPS_HTTP_PORT', consumes: 'claimsRecorded' },
  alerts: { schema: alertsConfigSchema, portVariable: 'OPS_HTTP_PORT', consumes: 'claimsLinked' },
};

const MODELS: Record<string, Record<string, unknown>> = { v1: core, 'apps/v1': apps, 'batch/v1': batch, 'autoscaling/v2': autoscaling };

function readDocs(file: string): Doc[] {
  return parseAllDocuments(readFileSync(file, 'utf8'))
    .map((d) => d.toJS() as Doc | null)
    .filter((d): d is Doc => d !== null);
}

/** Strategic merge as kustomize does it for these patches: maps deeply, lists of named items by name. */
function merge(target: any, patch: any): any {
  if (Array.isArray(patch)) {
    if (!Array.isArray(target) || !patch.every((p) => p && typeof p === 'object' && 'name' in p)) return patch;
    const out = target.map((t) => ({ ...t }));
    for (const p of patch) {
      const i = out.findIndex((t) => t.name === p.name);
      if (i >= 0) out[i] = merge(out[i], p);
      else out.push(p);
    }
    return out;
  }
  if (patch && typeof patch === 'object') {
    const out = { ...(target ?? {}) };
    for (const [k, v] of Object.entries(patch)) out[k] = merge(out[k], v);
    return out;
  }
  return patch;
}

/** The resources a kustomization renders (the subset of kustomize these files use). */
function render(dir: string): Doc[] {
  const k = readDocs(join(dir, 'kustomization.yaml'))[0]!;
  let docs: Doc[] = [];
  for (const r of k.resources as string[]) {
    const path = join(dir, r);
    docs.push(...(statSync(path).isDirectory() ? render(path) : readDocs(path)));
  }
  for (const { path } of (k.patches ?? []) as { path: string }[]) {
    for (const patch of readDocs(join(dir, path))) {
      const i = docs.findIndex((d) => d.kind === patch.kind && d.metadata.name === patch.metadata.name);
      if (i < 0) throw new Error(`${relative(k8s, join(dir, path))}: patches ${patch.kind} ${patch.metadata.name}, which no resource is`);
      docs[i] = merge(docs[i], patch);
    }
  }
  for (const { name, newName, newTag } of (k.images ?? []) as { name: string; newName?: string; newTag?: string }[]) {
    const retag = (c: any) => {
      const [image] = String(c.image).split(':');
      if (image === name) c.image = `${newName ?? name}:${newTag ?? String(c.image).split(':')[1]}`;
    };
    for (const d of docs) [...(d.spec?.template?.spec?.containers ?? []), ...(d.spec?.template?.spec?.initContainers ?? [])].forEach(retag);
  }
  for (const { pairs } of (k.labels ?? []) as { pairs: Record<string, string> }[]) {
    docs = docs.map((d) => ({ ...d, metadata: { ...d.metadata, labels: { ...d.metadata.labels, ...pairs } } }));
  }
  if (k.namespace) docs = docs.map((d) => (d.kind === 'Namespace' ? d : { ...d, metadata: { ...d.metadata, namespace: k.namespace } }));
  return docs;
}

const yamlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? yamlFiles(p) : f.endsWith('.yaml') ? [p] : [];
  });

/** Variables a schema accepts, and those it needs (no default, not optional). */
function variables(schema: z.ZodObject): { known: Set<string>; required: string[] } {
  const known = new Set(Object.keys(schema.shape));
  const required = Object.entries(schema.shape)
    .filter(([, s]) => !(s as z.ZodType).safeParse(undefined).success)
    .map(([n]) => n);
  return { known, required };
}

describe.each([
  ['base', join(k8s, 'base')],
  ['local overlay', join(k8s, 'overlays/local')],
])('deploy/k8s %s', (_name, dir) => {
  const docs = render(dir);
  const find = (kind: string, name: string) => docs.find((d) => d.kind === kind && d.metadata.name === name);
  const configMaps = new Map(docs.filter((d) => d.kind === 'ConfigMap').map((d) => [d.metadata.name, d.data as Record<string, string>]));

  it('holds only resources valid against the Kubernetes schemas', () => {
    expect(docs.length).toBeGreaterThan(10);
    for (const d of docs) {
      const Model = MODELS[d.apiVersion]?.[d.kind] as (new (o: unknown) => { validate(): void }) | undefined;
      expect(Model ? `${d.kind} ${d.metadata.name}` : `no model for ${d.apiVersion} ${d.kind}`).toBe(`${d.kind} ${d.metadata.name}`);
      expect(() => new Model!(d).validate()).not.toThrow();
    }
  });

  it('has a Deployment per service running its entry point, with probes, ports, requests and limits that match the code', () => {
    for (const [service, { schema, portVariable }] of Object.entries(SERVICES)) {
      const deployment = find('Deployment', `claim-ledger-${service}`);
      expect(deployment?.metadata.name).toBe(`claim-ledger-${service}`);
      const pod = deployment!.spec.template.spec;
      const [c] = pod.containers;
      // With the service's Node flags, as every other launcher gives them (deploy/runtime/node-flags.js).
      expect(c.command).toEqual([
        'node',
        ...flagsOf(service),
        '-r',
        './deploy/runtime/register-paths.js',
        `dist/apps/${service}/src/main.js`,
      ]);
      expect(existsSync(join(root, `apps/${service}/src/main.ts`))).toBe(true);

      const env = Object.fromEntries((c.env as { name: string; value?: string }[]).map((e) => [e.name, e.value]));
      const port = Number(env[portVariable] ?? (schema.shape[portVariable] as z.ZodType).parse(undefined));
      // The port the code listens on is the one declared, probed and scraped.
      expect(c.ports).toEqual([expect.objectContaining({ containerPort: port })]);
      const portName = c.ports[0].name;
      expect(c.livenessProbe.httpGet).toEqual({ path: '/healthz', port: portName });
      expect(c.readinessProbe.httpGet).toEqual({ path: '/readyz', port: portName });
      expect(c.startupProbe.httpGet).toEqual({ path: '/healthz', port: portName });
      expect(deployment!.spec.template.metadata.annotations).toMatchObject({
        'prometheus.io/port': String(port),
        'prometheus.io/path': '/metrics',
      });
      // Listening on the pod's address, not loopback only.
      expect(env[portVariable === 'HTTP_PORT' ? 'HTTP_HOST' : 'OPS_HTTP_HOST']).toBe('0.0.0.0');
      expect(c.resources.requests).toEqual({ cpu: expect.any(String), memory: expect.any(String) });
      expect(c.resources.limits).toEqual({ cpu: expect.any(String), memory: expect.any(String) });
      // The pod is killed only after the service's own shutdown bound has passed.
      const shutdownMs = Number(configMaps.get('claim-ledger-config')!.SHUTDOWN_TIMEOUT_MS);
      expect(pod.terminationGracePeriodSeconds * 1000).toBeGreaterThan(shutdownMs);
    }
  });

  it('gives each service exactly the variables its config knows, and every one it requires', () => {
    for (const [service, { schema }] of Object.entries(SERVICES)) {
      const [c] = find('Deployment', `claim-ledger-${service}`)!.spec.template.spec.containers;
      const fromConfigMaps = (c.envFrom as { configMapRef: { name: string } }[]).flatMap((e) => {
        const data = configMaps.get(e.configMapRef.name);
        expect(data ? e.configMapRef.name : `missing ConfigMap ${e.configMapRef.name}`).toBe(e.configMapRef.name);
        return Object.keys(data ?? {});
      });
      const direct = (c.env as { name: string }[]).map((e) => e.name);
      const given = [...fromConfigMaps, ...direct].filter((n) => n !== 'NODE_OPTIONS');
      const { known, required } = variables(schema);
      expect([service, given.filter((n) => !known.has(n))]).toEqual([service, []]);
      expect([service, required.filter((n) => !given.includes(n))]).toEqual([service, []]);
      // Each value in a ConfigMap parses as the service's config would parse it.
      const values = Object.fromEntries(
        fromConfigMaps.map((n) => [
          n,
          (c.envFrom as any[]).map((e) => configMaps.get(e.configMapRef.name)?.[n]).find((v) => v !== undefined),
        ]),
      );
      const partial = schema.pick(Object.fromEntries(Object.keys(values).map((n) => [n, true])) as never);
      expect(partial.safeParse(values).error?.issues ?? []).toEqual([]);
    }
  });

  it('caps each consumer autoscaler at the partitions of the topic it consumes', () => {
    const partitionsOverride = configMaps.get('claim-ledger-kafka')?.KAFKA_TOPIC_PARTITIONS;
    for (const [service, { consumes }] of Object.entries(SERVICES)) {
      const hpa = find('HorizontalPodAutoscaler', `claim-ledger-${service}`);
      expect(hpa?.spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: `claim-ledger-${service}` });
      expect(hpa!.spec.minReplicas).toBeLessThanOrEqual(hpa!.spec.maxReplicas);
      if (!consumes) continue;
      const topic = TOPICS[consumes];
      const override = partitionsOverride?.split(',').find((e) => e.startsWith(`${topic.name}=`));
      const partitions = override ? Number(override.split('=')[1]) : topic.partitions;
      expect([service, hpa!.spec.maxReplicas]).toEqual([service, partitions]);
    }
  });

  it('has a migration Job that runs the migrations with the database URL', () => {
    const job = find('Job', 'claim-ledger-migrate');
    const [c] = job!.spec.template.spec.containers;
    expect(c.command.at(-1)).toBe('dist/libs/persistence/src/migrate.cli.js');
    expect(existsSync(join(root, 'libs/persistence/src/migrate.cli.ts'))).toBe(true);
    const given = [...(c.env as { name: string }[]).map((e) => e.name), ...Object.keys(configMaps.get('claim-ledger-config')!)];
    const { known, required } = variables(serviceSection.extend(databaseSection.shape));
    expect(required.filter((n) => !given.includes(n))).toEqual([]);
    expect(given.filter((n) => !known.has(n))).toEqual([]);
  });

  it('takes secrets from the Secret, never from a ConfigMap', () => {
    for (const data of configMaps.values()) {
      for (const name of ['DATABASE_URL', 'REDIS_URL', 'API_KEYS', 'KAFKA_SASL_PASSWORD']) expect(Object.keys(data)).not.toContain(name);
    }
    for (const d of docs.filter((x) => x.kind === 'Deployment' && x.metadata.name.startsWith('claim-ledger-'))) {
      for (const e of d.spec.template.spec.containers[0].env as { name: string; valueFrom?: any }[]) {
        if (['DATABASE_URL', 'REDIS_URL', 'API_KEYS', 'KAFKA_SASL_PASSWORD'].includes(e.name))
          expect(e.valueFrom.secretKeyRef.name).toBe('claim-ledger-secrets');
      }
    }
  });
});

describe('deploy/k8s files', () => {
  it('are each part of a kustomization', () => {
    const listed = new Set<string>();
    for (const k of yamlFiles(k8s).filter((f) => f.endsWith('kustomization.yaml'))) {
      const doc = readDocs(k)[0]!;
      for (const r of [...(doc.resources ?? []), ...((doc.patches ?? []) as { path: string }[]).map((p) => p.path)])
        listed.add(join(dirname(k), r));
    }
    expect(yamlFiles(k8s).filter((f) => !f.endsWith('kustomization.yaml') && !listed.has(f))).toEqual([]);
  });

  it('give the local overlay a Secret with every key the Deployments ask for, and one replica of each', () => {
    const docs = render(join(k8s, 'overlays/local'));
    const secret = docs.find((d) => d.kind === 'Secret' && d.metadata.name === 'claim-ledger-secrets')!;
    const asked = docs
      .filter((d) => d.kind === 'Deployment' || d.kind === 'Job')
      .flatMap((d) => (d.spec.template.spec.containers[0].env ?? []) as { valueFrom?: any }[])
      .map((e) => e.valueFrom?.secretKeyRef)
      .filter((r) => r && !r.optional)
      .map((r) => r.key);
    expect([...new Set(asked)].filter((k) => !(k in secret.stringData))).toEqual([]);
    for (const d of docs.filter((x) => x.kind === 'Deployment' && x.metadata.name.startsWith('claim-ledger-'))) {
      expect([d.metadata.name, d.spec.replicas, d.metadata.namespace]).toEqual([d.metadata.name, 1, 'claim-ledger-local']);
      expect(d.spec.template.spec.containers[0].image).toBe('claim-ledger:local');
    }
  });
});
