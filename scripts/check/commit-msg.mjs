// Commit messages are conventional commits with the element (or the part of the repository) as
// scope: `feat(faq): …`, `fix(shared): …`, `test(contact): …`, `docs: …`, `perf(bench): …`.
//   node scripts/check/commit-msg.mjs <file>          → checks one message (a git `commit-msg` hook's argument)
//   node scripts/check/commit-msg.mjs --range A..B    → checks every commit of `git log A..B`
// Exits 1, naming each problem, when a message breaks a rule. `npm run hooks` makes git run it on
// every commit (.githooks/commit-msg); CI checks the commits since a fixed base (.ci/run).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** The types a header may start with. */
export const TYPES = [
  'feat',
  'fix',
  'test',
  'docs',
  'perf',
  'chore',
  'ci',
  'build',
  'refactor',
  'style',
  'merge',
  'revert',
];

/** `type(scope)!: subject`; the scope is optional, lower case (`faq`, `ogp-timeline`, `shared,demo`). */
const HEADER = /^(?<type>[a-z]+)(?:\((?<scope>[^)]*)\))?!?: (?<subject>.*)$/;
const SCOPE = /^[a-z0-9][a-z0-9-]*(?:,\s?[a-z0-9][a-z0-9-]*)*$/;
/** Headers git writes itself (`git merge`, `git revert`): accepted as they are. */
const GIT_WRITTEN = /^(?:Merge (?:branch|branches|remote-tracking branch|tag|commit|pull request) |Revert ")/;
/** `git commit --fixup`/`--squash` headers, squashed away before they reach main. */
const AUTOSQUASH = /^(?:fixup|squash|amend)! /;

/** The message as git keeps it: comment lines and everything below the scissors line dropped, trailing blank lines too. */
export function cleanMessage(text) {
  const lines = [];
  for (const line of text.replace(/\r\n/g, '\n').split('\n')) {
    if (/^# -+ >8 -+$/.test(line)) break;
    if (!line.startsWith('#')) lines.push(line);
  }
  while (lines.length && !lines[0].trim()) lines.shift();
  while (lines.length && !lines[lines.length - 1].trim()) lines.pop();
  return lines.join('\n');
}

/** What is wrong with a commit message, one sentence each; empty when it passes. */
export function messageProblems(text) {
  const message = cleanMessage(text);
  if (!message) return ['the message is empty'];
  const [first, second] = message.split('\n');
  let header = first;
  while (AUTOSQUASH.test(header)) header = header.replace(AUTOSQUASH, '');
  const problems = [];
  if (second !== undefined && second.trim()) problems.push('the header is one line, then a blank line before the body');
  if (GIT_WRITTEN.test(header)) return problems;
  const m = HEADER.exec(header);
  if (!m) {
    problems.push(
      `the header "${first}" is not "type(scope): subject" (type: ${TYPES.join(', ')}; scope: the element or part, e.g. faq, shared, demo, bench)`,
    );
    return problems;
  }
  const { type, scope, subject } = m.groups;
  if (!TYPES.includes(type)) problems.push(`"${type}" is not a type: use one of ${TYPES.join(', ')}`);
  if (scope !== undefined && !SCOPE.test(scope))
    problems.push(`the scope "${scope}" is not lower-case words (an element or part: faq, ogp-timeline, shared …)`);
  if (!subject.trim() || /^\s/.test(subject)) problems.push('the subject after "type(scope): " is missing');
  return problems;
}

/** `[{ commit, problems }]` for every commit of `git log <range>` whose message breaks a rule. */
export function rangeProblems(range, { cwd } = {}) {
  const log = execFileSync('git', ['log', '--format=%H%x1f%B%x1e', range], { cwd, encoding: 'utf8' });
  return log
    .split('\x1e')
    .map((entry) => entry.replace(/^\n/, ''))
    .filter(Boolean)
    .map((entry) => {
      const [commit, body] = entry.split('\x1f');
      return { commit, header: cleanMessage(body).split('\n')[0], problems: messageProblems(body) };
    })
    .filter((r) => r.problems.length);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  if (args[0] === '--range' && args[1]) {
    const bad = rangeProblems(args[1]);
    const count = execFileSync('git', ['rev-list', '--count', args[1]], { encoding: 'utf8' }).trim();
    for (const { commit, header, problems } of bad) {
      console.error(`${commit.slice(0, 7)} ${header}\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    }
    if (bad.length) {
      console.error(
        `commit-msg: ${bad.length} of ${count} commits in ${args[1]} break the rules (CONTRIBUTING.md, "Commits")`,
      );
      process.exit(1);
    }
    console.log(
      `commit-msg: ${count === '1' ? 'the one commit' : `the ${count} commits`} in ${args[1]} ${count === '1' ? 'is a conventional commit' : 'are conventional commits'}`,
    );
  } else if (args.length === 1 && !args[0].startsWith('--')) {
    const problems = messageProblems(readFileSync(args[0], 'utf8'));
    if (problems.length) {
      console.error(`commit-msg: ${problems.join('; ')}.\n(CONTRIBUTING.md, "Commits": e.g. "fix(faq): …")`);
      process.exit(1);
    }
  } else {
    console.error('usage: node scripts/check/commit-msg.mjs <message file> | --range A..B');
    process.exit(2);
  }
}
