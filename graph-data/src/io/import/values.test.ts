// The text-to-value rules every importer shares, one input at a time: numbers (GEXF's INF and
// NaN, XML Schema's integer range), booleans, GEXF 1.3 lists, partial ISO dates and intervals,
// viz colours. Expected values are what the GEXF 1.3 / GraphML primers and ISO 8601 say the
// text means.
import { describe, expect, it } from 'vitest';
import { dateOrInterval, dateRange, inferCell, parseBoolean, parseList, parseNumber, parseTyped, partialDate, rgbColor, safeColor } from './values.js';

describe('numbers and booleans', () => {
  it('reads decimal, signed, exponent and bare-point numbers, and the non-finite words', () => {
    expect(['12', '-3', '+4', '2.5', '.5', '5.', '1e3', '-2E-2', ' 7 '].map(parseNumber)).toEqual([12, -3, 4, 2.5, 0.5, 5, 1000, -0.02, 7]);
    expect(['INF', '-INF', '+inf', 'Infinity', '-infinity', '+Infinity'].map(parseNumber)).toEqual([Infinity, -Infinity, Infinity, Infinity, -Infinity, Infinity]);
    expect(parseNumber('NaN')).toBeNaN();
    // Hexadecimal, binary and octal literals, empty text and words are not numbers in a graph file.
    expect(['0x1A', '0b11', '0o7', '', ' ', 'ten', '1,5', '--1', '1e'].map(parseNumber)).toEqual(Array(9).fill(undefined));
  });

  it('reads true/1/yes and false/0/no in any case, and nothing else', () => {
    expect(['true', ' TRUE ', '1', 'Yes'].map(parseBoolean)).toEqual([true, true, true, true]);
    expect(['false', 'False', '0', 'NO '].map(parseBoolean)).toEqual([false, false, false, false]);
    expect(['', 'y', '2', 'truth'].map(parseBoolean)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('types a table cell: numbers without leading zeros and within the safe range, true/false, else the text', () => {
    expect(['42', '-7', '0', '3.25', '1e3', ' 8 '].map(inferCell)).toEqual([42, -7, 0, 3.25, 1000, 8]);
    // A leading zero is an identifier (a postcode, a phone number); 2^53 + 1 would change.
    expect(['007', '9007199254740993', '1.', '+3', 'TRUE', 'False', 'maybe'].map(inferCell)).toEqual(['007', '9007199254740993', '1.', '+3', true, false, 'maybe']);
    expect(inferCell('1e400')).toBe('1e400');
  });
});

describe('declared types', () => {
  it('parses every numeric type name, keeping non-finite and unsafe integers as their text', () => {
    for (const type of ['integer', 'int', 'long', 'short', 'byte', 'float', 'double', 'bigdecimal', 'biginteger', 'number', 'real', 'DOUBLE']) {
      expect(parseTyped(type, ' 12 '), type).toEqual({ value: 12 });
    }
    expect(parseTyped('double', ' INF ')).toEqual({ value: 'INF', nonFinite: true });
    expect(parseTyped('long', '123456789012345678901')).toEqual({ value: '123456789012345678901' });
    expect(parseTyped('int', 'n/a')).toEqual({ value: 'n/a' });
  });

  it('parses booleans, keeps strings as written and treats a missing type as string', () => {
    expect(parseTyped('boolean', 'TRUE')).toEqual({ value: true });
    expect(parseTyped('boolean', 'maybe')).toEqual({ value: 'maybe' });
    expect(parseTyped('string', ' 12 ')).toEqual({ value: ' 12 ' });
    expect(parseTyped(undefined, 'true')).toEqual({ value: 'true' });
  });

  it('parses GEXF 1.3 lists of each type, flagging a non-finite member', () => {
    expect(parseTyped('liststring', 'a|b|c')).toEqual({ value: ['a', 'b', 'c'] });
    expect(parseTyped('listinteger', '[1, 2, 3]')).toEqual({ value: [1, 2, 3] });
    expect(parseTyped('listboolean', 'true,false')).toEqual({ value: [true, false] });
    expect(parseTyped('listdouble', '1.5|INF')).toEqual({ value: [1.5, 'INF'], nonFinite: true });
    expect(parseTyped('listfloat', '')).toEqual({ value: [] });
  });

  it('splits lists on pipes, else commas, with brackets and quotes', () => {
    expect(parseList(' a | b ')).toEqual(['a', 'b']);
    expect(parseList('a, b,c')).toEqual(['a', 'b', 'c']);
    expect(parseList('[x|y, z]')).toEqual(['x|y', 'z']);
    expect(parseList(`['its', "a, b", 'c\\'d']`)).toEqual(['its', 'a, b', "c'd"]);
    expect(parseList('one')).toEqual(['one']);
    expect(parseList('a,,b')).toEqual(['a', '', 'b']);
    expect(parseList('x "y" z')).toEqual(['x "y" z']);
  });
});

describe('dates', () => {
  it('keeps a year, a month or a day from dates and date-times, and refuses impossible ones', () => {
    expect(['2018', '2018-10', '2018-11-21', ' 2018-11-21 ', '2018-11-21T10:20:30Z', '2018-11-21 10:20', '2018-11-21T10:20:30.5+02:00', '2018-11-21T10+0200'].map(partialDate)).toEqual([
      '2018',
      '2018-10',
      '2018-11-21',
      '2018-11-21',
      '2018-11-21',
      '2018-11-21',
      '2018-11-21',
      '2018-11-21',
    ]);
    expect(['2018-13', '2018-00', '2018-01-32', '2018-01-00', '-2018', '+2018-01-01T00:00Z', '18-01-01', 'soon', '2018/2019', ''].map(partialDate)).toEqual(Array(10).fill(undefined));
    expect([partialDate(2019), partialDate(999), partialDate(3000), partialDate(2019.5), partialDate(null)]).toEqual(['2019', undefined, undefined, undefined, undefined]);
    expect([partialDate(1000), partialDate(2999)]).toEqual(['1000', '2999']);
    expect(['2018-12-31', '2018-01-01', '2018-12', '2018-01'].map(partialDate)).toEqual(['2018-12-31', '2018-01-01', '2018-12', '2018-01']);
  });

  it('refuses a day its month does not have, by the Gregorian leap-year rule', () => {
    // 30 February, 31 April/June/September/November; 29 February only in leap years (every 4th, not centuries except every 400th).
    expect(['2019-02-30', '2019-02-29', '1900-02-29', '2019-04-31', '2019-06-31', '2019-09-31', '2019-11-31'].map(dateOrInterval)).toEqual(Array(7).fill(undefined));
    // An interval with one impossible end keeps the other, as with any end that is not a date.
    expect(dateOrInterval('2019-02-30/2020')).toBe('2020');
    expect(['2020-02-29', '2000-02-29', '2019-02-28', '2019-01-31', '2019-03-31', '2019-04-30', '2019-12-31', '2019-02-29T10:00Z'].map(partialDate)).toEqual([
      '2020-02-29',
      '2000-02-29',
      '2019-02-28',
      '2019-01-31',
      '2019-03-31',
      '2019-04-30',
      '2019-12-31',
      undefined,
    ]);
  });

  it('makes an interval earliest first, a single date when both ends agree, and an open end when one is missing', () => {
    expect(dateRange('2019', '2016')).toBe('2016/2019');
    expect(dateRange('2016-02', '2019')).toBe('2016-02/2019');
    expect(dateRange('2016', '2016')).toBe('2016');
    expect(dateRange(undefined, '2016')).toBe('2016');
    expect(dateRange('2016', 'never')).toBe('2016');
    expect(dateRange(undefined, undefined)).toBeUndefined();
    expect(['2016/2019', '2019/2016', '2016', '2016/2017/2018', 'a/b'].map(dateOrInterval)).toEqual(['2016/2019', '2016/2019', '2016', undefined, undefined]);
  });
});

describe('edges of the text rules', () => {
  it('reads a lone sign as no number, and keeps a cell that is not a number or boolean exactly as written', () => {
    expect([parseNumber('-'), parseNumber('-.5'), parseNumber('-1.5e2')]).toEqual([undefined, -0.5, -150]);
    expect([inferCell(' maybe '), inferCell('-0.5'), inferCell('1E+2'), inferCell(' true ')]).toEqual([' maybe ', -0.5, 100, true]);
    expect([inferCell('1e10'), inferCell('2.5E-10')]).toEqual([1e10, 2.5e-10]);
    expect(parseTyped('long', ' 123456789012345678901 ')).toEqual({ value: '123456789012345678901' });
  });

  it('reads a year or month written with a time or a zone', () => {
    expect(['2018Z', '2018+02:00', '2018-10T12:00', '2018-10 12:00Z'].map(partialDate)).toEqual(['2018', '2018', '2018-10', '2018-10']);
  });

  it('needs both brackets to read a bracketed list, and keeps a backslash that ends a quoted item', () => {
    expect([parseList('  '), parseList(' [a, b] ')]).toEqual([[], ['a', 'b']]);
    expect(parseList('[a|b')).toEqual(['[a', 'b']);
    expect(parseList('a|b]')).toEqual(['a', 'b]']);
    expect(parseList("'a\\")).toEqual(['a\\']);
  });

  it('refuses colours with anything before or after them', () => {
    expect(['x#abc', '#abc x', '#abcdef;x', 'rgb(1,2,3);x', 'xrgb(1,2,3)', 'rgb(1,2,3,4,5)', 'rgb(a,2,3)', '1red', 'red1', 'red blue'].map(safeColor)).toEqual(Array(10).fill(undefined));
    expect(['abc', 'a'.repeat(20), 'rgb( 1 , 2.5 , 3% )', 'rgba(1,2,3,.5)'].map(safeColor)).toEqual(['abc', 'a'.repeat(20), 'rgb(1,2.5,3%)', 'rgba(1,2,3,.5)']);
  });
});

describe('colours', () => {
  it('builds rgb() or rgba() from viz components, clamped to a byte, opaque alpha dropped', () => {
    expect(rgbColor('255', '0', '10')).toBe('rgb(255,0,10)');
    expect(rgbColor('300', '-5', '12.6')).toBe('rgb(255,0,13)');
    expect(rgbColor('1', '2', '3', '0.5')).toBe('rgba(1,2,3,0.5)');
    expect(rgbColor('1', '2', '3', '-1')).toBe('rgba(1,2,3,0)');
    expect([rgbColor('1', '2', '3', '1'), rgbColor('1', '2', '3', 'x')]).toEqual(['rgb(1,2,3)', 'rgb(1,2,3)']);
    expect([rgbColor('1', 'x', '3'), rgbColor(undefined, '2', '3')]).toEqual([undefined, undefined]);
  });

  it('accepts hex, rgb()/rgba() and colour names, nothing that could break out of a style', () => {
    expect(['#abc', '#ABCD', ' #a1b2c3 ', '#a1b2c3d4'].map(safeColor)).toEqual(['#abc', '#ABCD', '#a1b2c3', '#a1b2c3d4']);
    expect(['rgb(1, 2, 3)', 'RGBA( 10%, 20%, 30%, 0.5 )'].map(safeColor)).toEqual(['rgb(1,2,3)', 'RGBA(10%,20%,30%,0.5)']);
    expect(['Red', 'rebeccapurple'].map(safeColor)).toEqual(['red', 'rebeccapurple']);
    expect(['#ab', '#abcde', 'red;background:url(x)', 'rgb(1,2)', 'url(x)', 'ab', 'a'.repeat(21), 7].map(safeColor)).toEqual(Array(8).fill(undefined));
  });
});
