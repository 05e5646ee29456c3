// Accessibility of the demo, checked the way an audit would: every control has an accessible
// name, all text meets WCAG AA contrast against its real background, the modes are reachable
// and usable with the keyboard alone, and focus is visible.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveDemo } from './browser.mjs';

const site = serveDemo();

// Runs in the page: problems with names and contrast among the visible elements.
function audit() {
  const visible = (el) => {
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none';
  };
  const problems = [];
  const nameOf = (el) => {
    if (el.getAttribute('aria-label')) return el.getAttribute('aria-label');
    const by = el.getAttribute('aria-labelledby');
    if (by)
      return by
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ')
        .trim();
    if (el.labels?.length)
      return [...el.labels]
        .map((l) => l.textContent)
        .join(' ')
        .trim();
    // Roles named from their content: buttons, tabs, table rows, the passage marks.
    if (['BUTTON', 'TR', 'MARK'].includes(el.tagName) || el.getAttribute('role') === 'tab')
      return el.textContent.trim();
    return el.getAttribute('title') ?? '';
  };
  const described = (el) =>
    `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).split(' ')[0]}` : ''}`;
  for (const el of document.querySelectorAll('input, textarea, select, button, [role="tab"], [tabindex="0"]')) {
    if (el.type === 'file' ? !visible(el.closest('label') ?? el) : !visible(el)) continue;
    if (!nameOf(el)) problems.push(`no accessible name: ${described(el)}`);
  }
  // WCAG 2.1 relative luminance and contrast.
  const rgba = (c) => {
    const m = c.match(/[\d.]+/g).map(Number);
    return { r: m[0], g: m[1], b: m[2], a: m[3] ?? 1 };
  };
  const lum = ({ r, g, b }) => {
    const f = (v) => {
      const x = v / 255;
      return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const over = (top, under) => ({
    r: top.r * top.a + under.r * (1 - top.a),
    g: top.g * top.a + under.g * (1 - top.a),
    b: top.b * top.a + under.b * (1 - top.a),
    a: 1,
  });
  const background = (el) => {
    const layers = [];
    for (let e = el; e; e = e.parentElement) {
      const c = rgba(getComputedStyle(e).backgroundColor);
      if (c.a > 0) layers.push(c);
      if (c.a >= 1) break;
    }
    return layers.reverse().reduce((acc, c) => over(c, acc), { r: 255, g: 255, b: 255, a: 1 });
  };
  let checked = 0;
  for (const el of document.querySelectorAll('body *')) {
    const text = [...el.childNodes]
      .filter((n) => n.nodeType === 3)
      .map((n) => n.textContent)
      .join('')
      .trim();
    if (!text || !visible(el) || el.closest('[hidden]') || el.tagName === 'OPTION') continue;
    const s = getComputedStyle(el);
    const fg = over(rgba(s.color), background(el));
    const bg = background(el);
    const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a);
    const ratio = (hi + 0.05) / (lo + 0.05);
    const size = parseFloat(s.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(s.fontWeight) >= 700);
    ++checked;
    if (ratio < (large ? 3 : 4.5))
      problems.push(`contrast ${ratio.toFixed(2)} for "${text.slice(0, 40)}" (${described(el)})`);
  }
  return { problems, checked };
}

test('every control has a name and all text meets WCAG AA contrast, in every mode with results shown', async () => {
  const page = await site.browser.newPage({ viewport: { width: 1200, height: 900 } });
  await page.goto(`${site.base}/`);
  await page.waitForSelector('body[data-ready="true"]');
  await page.getByRole('button', { name: 'Try an example' }).first().click();
  await page.waitForSelector('body[data-compared="1"]');
  const results = [await page.evaluate(audit)];
  await page.getByRole('tab', { name: 'Collection' }).click();
  await page.click('#collection-sample');
  await page.waitForFunction(() => !document.getElementById('analyze').disabled);
  await page.getByRole('button', { name: 'Analyze' }).click();
  await page.waitForSelector('body[data-analyzed-ms]');
  await page.click('#pairs tbody tr:first-child');
  await page.waitForSelector('body[data-pair-shown]');
  results.push(await page.evaluate(audit));
  await page.getByRole('tab', { name: 'Authorship' }).click();
  await page.getByRole('button', { name: 'Try an example' }).last().click();
  await page.waitForSelector('body[data-authorship="1"]');
  results.push(await page.evaluate(audit));
  await page.getByRole('tab', { name: 'Fuzzy match' }).click();
  await page.getByRole('button', { name: 'Load example names' }).click();
  await page.fill('#fuzzy-query', 'jon smyth');
  await page.waitForSelector('body[data-fuzzy^="jon smyth:"]');
  results.push(await page.evaluate(audit));
  for (const r of results) assert.ok(r.checked > 20, `only ${r.checked} text elements checked`);
  assert.deepEqual(
    results.flatMap((r) => r.problems),
    [],
  );
  await page.close();
});

test('keyboard only: arrows switch modes, Tab reaches the example button, Enter runs it, focus is visible', async () => {
  const page = await site.browser.newPage({ viewport: { width: 1200, height: 900 } });
  await page.goto(`${site.base}/`);
  await page.waitForSelector('body[data-ready="true"]');
  await page.focus('#tab-compare');
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'tab-collection');
  assert.equal(await page.getAttribute('#tab-collection', 'aria-selected'), 'true');
  assert.equal(await page.isVisible('#panel-collection'), true);
  await page.keyboard.press('ArrowLeft');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'tab-compare');
  // Tab moves from the selected tab into the panel; keep tabbing to the example button.
  let reached = false;
  for (let i = 0; i < 30 && !reached; ++i) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.textContent?.trim() === 'Try an example');
  }
  assert.ok(reached, 'the example button is reachable with Tab');
  const focusStyle = await page.evaluate(() => {
    const s = getComputedStyle(document.activeElement);
    return { outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0, shadow: s.boxShadow !== 'none' };
  });
  assert.ok(focusStyle.outline || focusStyle.shadow, 'keyboard focus is visible');
  await page.keyboard.press('Enter');
  await page.waitForSelector('body[data-compared="1"]');
  await page.close();
});
