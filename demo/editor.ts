/**
 * The content editor: a form for the "Your content" panel, built from FORM (demo/editor-model.ts)
 * into `root`. Each field is a view of one JSON path of the content file; what is typed changes
 * that path only, and `onChange` gets the whole file back. Problems found by the widgets' own
 * check (`read`) are shown at their field (`aria-invalid`, `aria-describedby`).
 */
import { faqContent } from '../src/content/faq.js';
import type { ContentError } from '../src/shared/regional.js';
import { add as el } from './dom.js';
import {
  EDIT_LANGS,
  FORM,
  addItem,
  editText,
  editTextList,
  errorsByField,
  getAt,
  isObject,
  moveItem,
  pathText,
  removeItem,
  setAt,
  textListShown,
  textShown,
  type FieldSpec,
  type Path,
  type PartSpec,
} from './editor-model.js';
import type { Lang } from './state.js';
import type { DemoStrings } from './strings.js';

export interface Editor {
  /** Shows a content file (parsed; anything that is not an object shows an empty form). */
  fill(value: unknown): void;
  /** Shows each problem at its field; the others' marks go. */
  showErrors(errors: readonly ContentError[]): void;
  /** Redraws the form in the demo's language. */
  setStrings(s: DemoStrings, lang: Lang): void;
}

/** Where a field shows its problems: its error line and the controls it marks. */
interface Target {
  error: HTMLElement;
  controls: HTMLElement[];
  /** The field's hint, always part of the description. */
  hint?: string;
}

const idOf = (path: Path, suffix = '') =>
  `ed-${pathText(path)
    .replace(/[^\w-]+/g, '-')
    .replace(/-$/, '')}${suffix ? `-${suffix}` : ''}`;

export function createEditor(
  root: HTMLElement,
  initial: DemoStrings,
  initialLang: Lang,
  onChange: (value: Record<string, unknown>) => void,
): Editor {
  const doc = root.ownerDocument;
  let s = initial;
  /** The demo's language: the national questions offered to hide are listed in it. */
  let uiLang = initialLang;
  let value: Record<string, unknown> = {};
  let errors: readonly ContentError[] = [];
  const targets = new Map<string, Target>();
  /** The parts shown open; the contact at first. */
  const open = new Set<string>(['contact']);

  /** An error line for `path`, and the controls it marks. */
  function target(parent: Element, path: Path, controls: HTMLElement[], hint?: string): void {
    const error = el(parent, 'p', { class: 'ed-error', id: idOf(path, 'error') });
    targets.set(pathText(path), { error, controls, hint });
  }

  /** The file changed at `path`: tell the page (the form itself stays as typed). */
  function edited(path: Path, next: unknown): void {
    value = setAt(value, path, next);
    onChange(value);
  }

  /** The form redrawn, after a change of its shape; focus goes to `focusId` (or stays where it was). */
  function restructure(focusId?: string): void {
    const active = focusId ?? (doc.activeElement as HTMLElement | null)?.id;
    render();
    onChange(value);
    if (active) doc.getElementById(active)?.focus();
  }

  function hintFor(parent: Element, path: Path, key: string): string | undefined {
    const text = s.editor.hints[key];
    if (!text) return undefined;
    return el(parent, 'p', { class: 'ed-hint', id: idOf(path, 'hint') }, text).id;
  }

  function field(parent: Element, part: string, base: Path, spec: FieldSpec): void {
    const path = [...base, spec.key];
    const key = `${part}.${spec.key}`;
    const label = s.editor.labels[key] ?? spec.key;
    const current = getAt(value, path);
    const kind = spec.kind;
    if (kind.type === 'value') {
      const box = el(parent, 'div', { class: 'ed-field', 'data-path': pathText(path) });
      const id = idOf(path);
      el(box, 'label', { for: id }, label);
      const hint = hintFor(box, path, key);
      const input = el(box, 'input', { id, type: kind.input, spellcheck: 'false' });
      if (kind.autocomplete) input.autocomplete = kind.autocomplete as AutoFill;
      input.value = typeof current === 'string' ? current : '';
      input.addEventListener('input', () => edited(path, input.value || undefined));
      target(box, path, [input], hint);
      return;
    }
    if (kind.type === 'choice') {
      const set = el(parent, 'fieldset', { class: 'ed-field ed-choice', 'data-path': pathText(path) });
      el(set, 'legend', {}, label);
      const row = el(set, 'div', { class: 'choices' });
      const inputs = kind.options.map((option, i) => {
        const item = el(row, 'label');
        const input = el(item, 'input', { type: 'radio', name: idOf(path), value: option, id: idOf(path, option) });
        // Nothing chosen means the widget's default, the first.
        input.checked = current === option || (current === undefined && i === 0);
        item.append(' ', s.editor.modes[option] ?? option, ' ');
        el(item, 'code', {}, option);
        input.addEventListener('change', () => input.checked && edited(path, option));
        return input;
      });
      target(set, path, inputs);
      return;
    }
    if (kind.type === 'hide') {
      const set = el(parent, 'fieldset', { class: 'ed-field ed-hide', 'data-path': pathText(path) });
      el(set, 'legend', {}, label);
      const list = el(set, 'div', { class: 'choices' });
      // One id may stand for a list of one.
      const ids = (now: unknown): unknown[] => (Array.isArray(now) ? now : now === undefined ? [] : [now]);
      const hidden = ids(current);
      const inputs = faqContent[uiLang].items.map((q) => {
        const item = el(list, 'label');
        const input = el(item, 'input', { type: 'checkbox', value: q.id, id: idOf(path, q.id) });
        input.checked = hidden.includes(q.id);
        item.append(' ');
        const name = el(item, 'span', {}, q.question, ' ');
        el(name, 'code', {}, `#${q.id}`);
        input.addEventListener('change', () => {
          const next = ids(getAt(value, path)).filter((id) => id !== q.id);
          if (input.checked) next.push(q.id);
          edited(path, next.length ? next : undefined);
        });
        return input;
      });
      target(set, path, inputs);
      return;
    }
    // A text in each language, side by side.
    const set = el(parent, 'fieldset', { class: 'ed-field ed-text', 'data-path': pathText(path) });
    el(set, 'legend', {}, label);
    const hint = hintFor(set, path, key);
    const row = el(set, 'div', { class: 'ed-langs' });
    const controls = EDIT_LANGS.map((lang) => {
      const cell = el(row, 'div', { class: 'ed-lang' });
      const id = idOf(path, lang);
      el(cell, 'label', { for: id }, s.langNames[lang]);
      const multi = kind.type === 'texts' || kind.long;
      const input = multi
        ? el(cell, 'textarea', { id, rows: kind.type === 'texts' ? '3' : '2' })
        : el(cell, 'input', { id, type: 'text' });
      input.lang = lang;
      if (kind.type === 'texts') {
        input.value = textListShown(current, lang, kind.sep);
        input.addEventListener('input', () =>
          edited(path, editTextList(getAt(value, path), lang, input.value, kind.sep)),
        );
      } else {
        input.value = textShown(current, lang);
        input.addEventListener('input', () => edited(path, editText(getAt(value, path), lang, input.value)));
      }
      return input;
    });
    target(set, path, controls, hint);
  }

  function itemButton(parent: Element, id: string, text: string, item: string, onClick: () => void, disabled = false) {
    const button = el(parent, 'button', { type: 'button', class: 'secondary small', id }, text);
    el(button, 'span', { class: 'visually-hidden' }, `: ${item}`);
    button.disabled = disabled;
    button.addEventListener('click', onClick);
  }

  function list(parent: Element, part: PartSpec): void {
    const spec = part.list!;
    const path: Path = [part.key, spec.list];
    const name = part.key as keyof DemoStrings['editor']['item'];
    const items = getAt(value, path);
    // A copy: the buttons below change the list itself.
    const shown = Array.isArray(items) ? items.slice() : items === undefined ? [] : [items];
    const box = el(parent, 'div', { class: 'ed-list' });
    target(box, path, []);
    shown.forEach((item, i) => {
      const itemPath = Array.isArray(items) ? [...path, i] : path;
      const title = s.editor.item[name](i + 1);
      const set = el(box, 'fieldset', { class: 'ed-item', id: idOf([...path, i]) });
      el(set, 'legend', {}, title);
      target(set, itemPath, []);
      if (isObject(item) || item === undefined) for (const f of spec.fields) field(set, part.key, itemPath, f);
      const actions = el(set, 'div', { class: 'ed-item-actions' });
      const move = (by: -1 | 1, action: string) => () => {
        if (!moveItem(value, path, i, by)) return;
        const to = i + by;
        const last = shown.length - 1;
        // The same button on the moved item, or the other one once it reached an end.
        const again = (by < 0 && to > 0) || (by > 0 && to < last) ? action : by < 0 ? 'down' : 'up';
        restructure(idOf([...path, to], again));
      };
      itemButton(actions, idOf([...path, i], 'up'), s.editor.moveUp, title, move(-1, 'up'), i === 0);
      itemButton(
        actions,
        idOf([...path, i], 'down'),
        s.editor.moveDown,
        title,
        move(1, 'down'),
        i === shown.length - 1,
      );
      itemButton(actions, idOf([...path, i], 'remove'), s.editor.remove, title, () => {
        value = removeItem(value, path, i);
        const left = shown.length - 1;
        restructure(left ? idOf([...path, Math.min(i, left - 1)], 'remove') : idOf(path, 'add'));
      });
    });
    const add = el(box, 'button', { type: 'button', class: 'secondary', id: idOf(path, 'add') }, s.editor.add[name]);
    add.addEventListener('click', () => {
      value = addItem(value, path, spec.fresh(shown.length + 1));
      open.add(part.key);
      restructure(idOf([...path, shown.length, spec.fields[0].key], spec.fields[0].kind.type === 'value' ? '' : 'id'));
    });
  }

  function render(): void {
    // A part opened or closed since the last drawing (its toggle event may not have come yet).
    for (const part of root.querySelectorAll<HTMLDetailsElement>('details[data-part]'))
      if (part.open) open.add(part.dataset.part!);
      else open.delete(part.dataset.part!);
    targets.clear();
    const wrap = el(doc.createDocumentFragment(), 'div');
    el(wrap, 'p', { class: 'ed-intro' }, s.editor.hint);
    for (const part of FORM) {
      const details = el(wrap, 'details', { class: 'ed-part', id: idOf([part.key]), 'data-part': part.key });
      details.open = open.has(part.key);
      details.addEventListener('toggle', () => (details.open ? open.add(part.key) : open.delete(part.key)));
      el(details, 'summary', {}, s.editor.parts[part.key]);
      const set = el(details, 'fieldset', { class: 'ed-part-fields' });
      el(set, 'legend', { class: 'visually-hidden' }, s.editor.parts[part.key]);
      target(set, [part.key], []);
      for (const f of part.fields) field(set, part.key, [part.key], f);
      if (part.list) list(set, part);
    }
    root.replaceChildren(...wrap.childNodes);
    mark();
  }

  /** The problems at their fields. */
  function mark(): void {
    const byField = errorsByField(errors, targets.keys());
    for (const [path, t] of targets) {
      const mine = byField.get(path) ?? [];
      t.error.textContent = mine.map((e) => e.message).join('; ');
      for (const control of t.controls) {
        if (mine.length) control.setAttribute('aria-invalid', 'true');
        else control.removeAttribute('aria-invalid');
        const described = [t.hint, mine.length ? t.error.id : undefined].filter(Boolean).join(' ');
        if (described) control.setAttribute('aria-describedby', described);
        else control.removeAttribute('aria-describedby');
      }
    }
  }

  render();
  return {
    fill(next) {
      value = isObject(next) ? structuredClone(next) : {};
      render();
    },
    showErrors(next) {
      errors = next;
      mark();
    },
    setStrings(next, lang) {
      s = next;
      uiLang = lang;
      render();
    },
  };
}
