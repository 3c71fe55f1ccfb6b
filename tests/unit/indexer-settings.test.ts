import { buildSynonyms, INDEX_SETTINGS, SEARCHABLE_ATTRIBUTES, SETTINGS_VERSION, settingsVersion, synonymGroups } from '../../src/search/settings';

test('the settings version is a hash of the settings: stable, and different when a setting changes', () => {
  expect(settingsVersion({ ...INDEX_SETTINGS })).toBe(SETTINGS_VERSION);
  expect(settingsVersion({ ...INDEX_SETTINGS, pagination: { maxTotalHits: 5000 } })).not.toBe(SETTINGS_VERSION);
});

test('searchable attributes: title, lead, body before the entities, exact-form keys last', () => {
  const order = [...SEARCHABLE_ATTRIBUTES];
  expect(order.slice(0, 3)).toEqual(['title', 'lead', 'body']);
  expect(order.indexOf('people')).toBeGreaterThan(order.indexOf('body'));
  expect(order[order.length - 1]).toBe('exact');
  expect(INDEX_SETTINGS.typoTolerance?.disableOnAttributes).toContain('exact');
});

test('synonyms are two-way between an abbreviation and its expansion, lower case', () => {
  const synonyms = buildSynonyms(synonymGroups({ UBND: 'Ủy ban nhân dân', 'TP.HCM': 'Thành phố Hồ Chí Minh' }, [['thành phố hồ chí minh', 'tphcm']]));
  expect(synonyms.ubnd).toEqual(['ủy ban nhân dân']);
  expect(synonyms['ủy ban nhân dân']).toEqual(['ubnd']);
  expect(synonyms['tp.hcm']).toEqual(['thành phố hồ chí minh', 'tphcm']);
  expect(INDEX_SETTINGS.synonyms?.['hđnd']).toContain('hội đồng nhân dân');
});
