import { type INestApplication, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { MetadataScanner, ModulesContainer } from '@nestjs/core';

/** One path of the application and the methods it answers. */
export interface RouteEntry {
  path: string;
  /** Matches a request path as Express does: case-insensitive, with or without a trailing slash. */
  pattern: RegExp;
  /** Upper-case method names; HEAD wherever GET is (Express answers it). Null when the path takes every method. */
  methods: string[] | null;
}

const asList = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : ['/']);

function joinPath(base: string, path: string): string {
  const parts = [base, path].flatMap((p) => p.split('/')).filter(Boolean);
  return `/${parts.join('/')}`;
}

function toPattern(path: string): RegExp {
  const segments = path
    .split('/')
    .filter(Boolean)
    .map((s) => (s.startsWith(':') ? '[^/]+' : s === '*' || s.startsWith('*') ? '.*' : s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  return new RegExp(`^/${segments.join('/')}/?$`, 'i');
}

/**
 * The routes of the application's controllers, read from Nest's route metadata (the
 * same the router is built from), so that a known path asked with a method it does not
 * take can be answered 405 with `Allow`. Global prefixes and versioning, which these
 * applications do not use, are not taken into account.
 */
export function routeTable(app: INestApplication): RouteEntry[] {
  const scanner = new MetadataScanner();
  const byPath = new Map<string, Set<string> | null>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const { metatype } of module.controllers.values()) {
      if (!metatype) continue;
      const prototype = metatype.prototype as Record<string, unknown>;
      for (const base of asList(Reflect.getMetadata(PATH_METADATA, metatype))) {
        for (const name of scanner.getAllMethodNames(prototype)) {
          const handler = prototype[name];
          if (typeof handler !== 'function') continue;
          const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
          if (method === undefined) continue;
          for (const path of asList(Reflect.getMetadata(PATH_METADATA, handler))) {
            const full = joinPath(base, path);
            const known = byPath.has(full) ? byPath.get(full)! : new Set<string>();
            if (method === RequestMethod.ALL || known === null) byPath.set(full, null);
            else {
              known.add(RequestMethod[method]);
              if (method === RequestMethod.GET) known.add('HEAD');
              byPath.set(full, known);
            }
          }
        }
      }
    }
  }
  return [...byPath].map(([path, methods]) => ({ path, pattern: toPattern(path), methods: methods ? [...methods].sort() : null }));
}
