/**
 * Text input with a list of suggestions, following the ARIA 1.2 combobox pattern
 * ("list autocomplete with manual selection"):
 * - ArrowDown / ArrowUp move through the suggestions (opening the list if closed),
 *   Alt+ArrowDown opens without moving, Enter chooses the active suggestion,
 *   Escape closes the list (a second Escape clears the input), Tab leaves without choosing.
 * - The active option is announced through aria-activedescendant; focus stays in the input.
 * - The number of suggestions is announced in a polite live region.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { Suggestion } from '../../lib/finder/resolve.ts';

interface Props {
  id: string;
  name: string;
  value: string;
  suggestions: Suggestion[];
  listLabel: string;
  describedBy: string;
  invalid: boolean;
  countText: (n: number) => string;
  noneText: string;
  onChange(value: string): void;
  onChoose(s: Suggestion): void;
  onFocus(): void;
  inputRef: RefObject<HTMLInputElement | null>;
}

export default function PlaceCombobox(p: Props) {
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [announce, setAnnounce] = useState('');
  const listRef = useRef<HTMLUListElement>(null);
  const expanded = open && p.suggestions.length > 0;
  const optionId = (i: number) => `${listId}-opt-${i}`;

  // Announce the number of suggestions after typing settles.
  useEffect(() => {
    if (!open || p.value.trim() === '') {
      setAnnounce('');
      return;
    }
    const t = setTimeout(() => setAnnounce(p.suggestions.length ? p.countText(p.suggestions.length) : p.noneText), 400);
    return () => clearTimeout(t);
  }, [open, p.value, p.suggestions, p.countText, p.noneText]);

  // Keep the active option visible.
  useEffect(() => {
    if (active < 0) return;
    const el = listRef.current?.querySelector<HTMLElement>(`#${CSS.escape(optionId(active))}`);
    el?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const choose = (i: number) => {
    const s = p.suggestions[i];
    if (!s) return;
    setOpen(false);
    setActive(-1);
    p.onChoose(s);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const n = p.suggestions.length;
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!expanded) {
          setOpen(true);
          if (!e.altKey && n > 0) setActive(0);
        } else if (n > 0) setActive((a) => (a + 1) % n);
        break;
      case 'ArrowUp':
        e.preventDefault();
        if (!expanded) {
          setOpen(true);
          if (n > 0) setActive(n - 1);
        } else if (n > 0) setActive((a) => (a <= 0 ? n - 1 : a - 1));
        break;
      case 'Enter':
        if (expanded && active >= 0) {
          e.preventDefault();
          choose(active);
        } else {
          setOpen(false);
          setActive(-1);
        }
        break;
      case 'Escape':
        if (expanded) {
          e.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (p.value) {
          e.preventDefault();
          p.onChange('');
        }
        break;
      case 'Tab':
        setOpen(false);
        setActive(-1);
        break;
      default:
        break;
    }
  };

  return (
    <div className="finder-combobox">
      <input
        ref={p.inputRef}
        id={p.id}
        name={p.name}
        type="text"
        className={`kern-form-input__input${p.invalid ? ' kern-form-input__input--error' : ''}`}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-describedby={p.describedBy}
        aria-invalid={p.invalid || undefined}
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        enterKeyHint="search"
        value={p.value}
        onFocus={p.onFocus}
        onChange={(e) => {
          p.onChange(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setOpen(false);
          setActive(-1);
        }}
      />
      <ul id={listId} ref={listRef} role="listbox" aria-label={p.listLabel} className="finder-combobox__list" hidden={!expanded}>
        {p.suggestions.map((s, i) => (
          <li
            key={`${s.kind}:${s.value}`}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className="finder-combobox__option"
            data-value={s.value}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(i)}
          >
            <span className="finder-combobox__label">{s.label}</span>
            <span className="finder-combobox__detail">, {s.detail}</span>
          </li>
        ))}
      </ul>
      <div className="finder-sr-only" role="status" aria-live="polite">
        {announce}
      </div>
    </div>
  );
}
