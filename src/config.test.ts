import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ConfigError, readConfig } from './config.js';

describe('the configuration', () => {
  test('puts the default database in $XDG_DATA_HOME/adherence, else ~/.local/share/adherence', () => {
    expect(readConfig({ XDG_DATA_HOME: '/data' }, '/pkg').defaultDatabaseFile).toBe('/data/adherence/adherence.sqlite');
    expect(readConfig({}, '/pkg').defaultDatabaseFile).toBe(join(homedir(), '.local', 'share', 'adherence', 'adherence.sqlite'));
  });

  test('takes DATABASE_URL when set and not empty', () => {
    expect(readConfig({ DATABASE_URL: 'postgres://h/db' }, '/pkg').databaseUrl).toBe('postgres://h/db');
    expect(readConfig({ DATABASE_URL: '' }, '/pkg').databaseUrl).toBeUndefined();
  });

  test('refuses a pause that is not a whole number of milliseconds, naming the variable', () => {
    expect(readConfig({ ADHERENCE_TEST_SLOW_IMPORT_MS: '250' }, '/pkg').slowImportMs).toBe(250);
    expect(() => readConfig({ ADHERENCE_TEST_SLOW_IMPORT_MS: 'soon' }, '/pkg')).toThrow(ConfigError);
    expect(() => readConfig({ ADHERENCE_TEST_SLOW_IMPORT_MS: 'soon' }, '/pkg')).toThrow(/ADHERENCE_TEST_SLOW_IMPORT_MS/);
  });

  test('takes the public origin for the feeds without its trailing slash, and refuses one with a path', () => {
    expect(readConfig({ ADHERENCE_PUBLIC_URL: 'https://adherence.example.org/' }, '/pkg').publicUrl).toBe('https://adherence.example.org');
    expect(readConfig({}, '/pkg').publicUrl).toBeUndefined();
    expect(() => readConfig({ ADHERENCE_PUBLIC_URL: 'https://example.org/adherence' }, '/pkg')).toThrow(/^ADHERENCE_PUBLIC_URL: .* no path$/);
  });
});
