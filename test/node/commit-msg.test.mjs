// The commit-message check (scripts/check/commit-msg.mjs): the git hook's and CI's rules.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { messageProblems, rangeProblems } from '../../scripts/check/commit-msg.mjs';

const script = fileURLToPath(new URL('../../scripts/check/commit-msg.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'ogi-commit-msg-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('commit messages', () => {
  const good = [
    'feat(faq): the search field',
    'fix(shared): a quotation line of its own',
    'fix(ogp-timeline): the row scrolls',
    'docs: CHANGELOG lines',
    'perf(bench): BENCHMARKS.md from a full run',
    'refactor(scripts,build)!: a breaking move',
    'test(contact): copy\n\nThe body, after a blank line.\n\nSigned-off-by: A <a@b.c>',
    'chore: budgets\n# Please enter the commit message for your changes.\n# ------------------------ >8 ------------------------\ndiff --git a/x b/x',
    "Merge branch 'f25' into merge",
    'Revert "feat(faq): the search field"',
    'fixup! fix(faq): the search field',
    '\n\nstyle(shared): Prettier\n\n',
  ];
  for (const message of good) {
    it(`passes ${JSON.stringify(message.split('\n').find(Boolean))}`, () => {
      assert.deepEqual(messageProblems(message), []);
    });
  }

  const bad = [
    ['', /empty/],
    ['# only a comment', /empty/],
    ['bad message', /not "type\(scope\): subject"/],
    ['Fix(faq): capital type', /not "type\(scope\): subject"/],
    ['feature(faq): unknown type', /"feature" is not a type/],
    ['fix(FAQ): upper-case scope', /scope "FAQ"/],
    ['fix(): empty scope', /scope ""/],
    ['fix(faq):no space', /not "type\(scope\): subject"/],
    ['fix(faq): ', /subject/],
    ['fix(faq): two\nline header', /blank line before the body/],
    ['fixup! not conventional', /not "type\(scope\): subject"/],
  ];
  for (const [message, problem] of bad) {
    it(`fails ${JSON.stringify(message)}`, () => {
      const problems = messageProblems(message);
      assert.ok(problems.length, 'no problem found');
      assert.match(problems.join('\n'), problem);
    });
  }

  it('as a commit-msg hook: exits 0 for a good message file, 1 naming the problem for a bad one', () => {
    const file = join(dir, 'COMMIT_EDITMSG');
    writeFileSync(file, 'test(faq): a good one\n');
    assert.equal(spawnSync(process.execPath, [script, file]).status, 0);
    writeFileSync(file, 'a bad one\n');
    const run = spawnSync(process.execPath, [script, file], { encoding: 'utf8' });
    assert.equal(run.status, 1);
    assert.match(run.stderr, /"a bad one"/);
  });

  it('--range checks every commit of a range and names the bad ones', () => {
    const repo = join(dir, 'repo');
    const git = (...args) =>
      execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.org', ...args], {
        cwd: repo,
        encoding: 'utf8',
      });
    execFileSync('git', ['init', '-q', repo]);
    for (const message of ['chore: base', 'feat(faq): good', 'a bad one', 'fix(shared): good too'])
      git('commit', '-q', '--allow-empty', '--no-verify', '-m', message);
    const bad = rangeProblems('HEAD~3..HEAD', { cwd: repo });
    assert.deepEqual(
      bad.map((b) => b.header),
      ['a bad one'],
    );
    assert.deepEqual(rangeProblems('HEAD~1..HEAD', { cwd: repo }), []);
    const run = spawnSync(process.execPath, [script, '--range', 'HEAD~3..HEAD'], { cwd: repo, encoding: 'utf8' });
    assert.equal(run.status, 1);
    assert.match(run.stderr, /a bad one/);
    assert.match(run.stderr, /1 of 3 commits/);
  });
});
