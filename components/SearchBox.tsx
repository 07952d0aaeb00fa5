interface Props {
  /** The accessible name, also the placeholder: "Search services". */
  label: string;
  value: string;
  onInput: (text: string) => void;
}

export function SearchBox({ label, value, onInput }: Props) {
  return (
    <input
      type="search"
      class="search"
      aria-label={label}
      placeholder={`${label}…`}
      value={value}
      onInput={(event) => onInput(event.currentTarget.value)}
    />
  );
}
