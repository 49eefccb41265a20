// A new case in any provider. The form is built from what casegraph says at run time: the input
// paths each provider requires or refuses (`Query.providers`) and its custom fields
// (`Query.customFieldDefinitions`), so it is right for every vendor without code per vendor.
import { useEffect, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import type { ErrorLike } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { ErrorNotice } from '../components/ErrorNotice';
import type { CasegraphError } from '../components/ErrorNotice';
import { RequestFailed } from '../components/RequestFailed';
import { errorIdFor } from '../fieldErrors';
import { CustomFieldsDocument, NewCaseDocument, ProvidersDocument } from '../generated/graphql';
import type {
  CaseProvider,
  CreateCaseInput,
  CustomFieldType,
  CustomFieldsQuery,
  ProvidersQuery,
} from '../generated/graphql';
import { PRIORITY_LABELS, PROVIDER_LABELS, STATUS_LABELS, isKeyOf, optionsOf } from '../labels';
import { hrefs, navigate } from '../routes';

type ProviderInfo = ProvidersQuery['providers'][number];
type CustomFieldDefinition = Extract<
  CustomFieldsQuery['customFieldDefinitions'],
  { __typename: 'CustomFieldDefinitions' }
>['fields'][number];

export function NewCasePage() {
  const { data, error, refetch } = useQuery(ProvidersDocument);
  const [chosen, setChosen] = useState<CaseProvider>();
  const providers = data?.providers ?? [];
  const info = providers.find((p) => p.provider === chosen) ?? providers[0];
  return (
    <>
      <h1>New case</h1>
      {error && <RequestFailed error={error} doing="load the providers" onRetry={() => void refetch()} />}
      {!data && !error && <p role="status">Loading the providers…</p>}
      {info && (
        <>
          <div className="field">
            <label htmlFor="new-case-provider">Provider</label>
            <select
              id="new-case-provider"
              value={info.provider}
              onChange={(e) => setChosen(isKeyOf(PROVIDER_LABELS, e.target.value) ? e.target.value : undefined)}
            >
              {providers.map((p) => (
                <option key={p.provider} value={p.provider}>
                  {p.name}
                  {p.simulated ? ' (simulated)' : ''}
                </option>
              ))}
            </select>
          </div>
          {/* A form of its own per provider: switching starts from empty fields. */}
          <NewCaseForm key={info.provider} info={info} />
        </>
      )}
    </>
  );
}

type Control = 'text' | 'textarea' | 'email' | 'priority' | 'status';

interface InputSpec {
  /** The CreateCaseInput path, as Query.providers and ValidationError name it, e.g. `requester.email`. */
  path: string;
  label: string;
  control: Control;
  required: boolean;
  maxLength?: number;
}

/** The inputs every provider may take; each is shown unless the provider refuses it. */
const COMMON_INPUTS: ReadonlyArray<Omit<InputSpec, 'required'>> = [
  { path: 'title', label: 'Title', control: 'text' },
  { path: 'description', label: 'Description', control: 'textarea' },
  { path: 'priority', label: 'Priority', control: 'priority' },
  { path: 'status', label: 'Status', control: 'status' },
  { path: 'requester.name', label: 'Requester name', control: 'text' },
  { path: 'requester.email', label: 'Requester email', control: 'email' },
  { path: 'requester.id', label: 'Requester id', control: 'text' },
];

/** `thalamus.categoryCode` → "Category code (Thalamus)". */
function labelForPath(path: string): string {
  const parts = path.split('.');
  const last = parts.at(-1) ?? path;
  const words = last.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  const vendor = parts.length > 1 ? parts[0]?.toUpperCase() : undefined;
  const scopeLabel = vendor && isKeyOf(PROVIDER_LABELS, vendor) ? ` (${PROVIDER_LABELS[vendor]})` : '';
  return words.charAt(0).toUpperCase() + words.slice(1) + scopeLabel;
}

function inputsFor(info: ProviderInfo): InputSpec[] {
  const refused = (path: string) => info.unsupportedCreateFields.some((u) => path === u || path.startsWith(`${u}.`));
  const maxLength = (path: string) => info.maxLengths.find((m) => m.path === path)?.maxLength;
  const common = COMMON_INPUTS.filter((input) => !refused(input.path)).map((input) => ({
    ...input,
    required: info.requiredCreateFields.includes(input.path),
    maxLength: maxLength(input.path),
  }));
  // What only this vendor requires (`sprinklr.firstMessageId`, `thalamus.categoryCode`): a text input each.
  const vendorOnly = info.requiredCreateFields
    .filter((path) => !COMMON_INPUTS.some((input) => input.path === path))
    .map((path): InputSpec => ({
      path,
      label: labelForPath(path),
      control: 'text',
      required: true,
      maxLength: maxLength(path),
    }));
  return [...common, ...vendorOnly];
}

type CustomDraft = string | boolean | string[];

/** A custom field's value as casegraph takes it, or undefined to leave the field out. */
function customValue(type: CustomFieldType, draft: CustomDraft | undefined, required: boolean): unknown {
  switch (type) {
    case 'BOOLEAN':
      return draft === true ? true : required ? false : undefined;
    case 'MULTI_SELECT':
    case 'STRING_LIST': {
      const list = Array.isArray(draft)
        ? draft
        : typeof draft === 'string'
          ? draft
              .split(',')
              .map((v) => v.trim())
              .filter(Boolean)
          : [];
      return list.length > 0 ? list : undefined;
    }
    case 'NUMBER':
    case 'DECIMAL': {
      if (typeof draft !== 'string' || draft.trim() === '') return undefined;
      const number = Number(draft);
      // Sent as typed when it is not a number: casegraph's ValidationError says what it expects.
      return Number.isFinite(number) ? number : draft;
    }
    case 'TEXT':
    case 'TEXTAREA':
    case 'DATE':
    case 'SINGLE_SELECT':
    case 'DEPENDENT':
      return typeof draft === 'string' && draft.trim() !== '' ? draft : undefined;
    default: {
      const unknownType: never = type;
      return unknownType;
    }
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Sets `a.b.c` in a nested object, making the objects on the way. */
function setPath(target: Record<string, unknown>, [head, ...rest]: string[], value: unknown): void {
  if (head === undefined) return;
  if (rest.length === 0) {
    target[head] = value;
    return;
  }
  const child = isRecord(target[head]) ? target[head] : {};
  target[head] = child;
  setPath(child, rest, value);
}

/**
 * What the client can check of an input whose shape came from Query.providers at run time: an object
 * naming a provider. casegraph checks the rest, and a ValidationError names each path it refuses.
 */
function isCreateCaseInput(value: Record<string, unknown>): value is CreateCaseInput {
  return typeof value.provider === 'string' && isKeyOf(PROVIDER_LABELS, value.provider);
}

const inputId = (path: string) => `new-case-${path.replace(/[^\w-]/g, '-')}`;
const customId = (key: string) => inputId(`custom-${key}`);

type Outcome =
  { kind: 'refused'; error: CasegraphError; sentCustomKeys: string[] } | { kind: 'unreachable'; error: ErrorLike };

function NewCaseForm({ info }: { info: ProviderInfo }) {
  const inputs = inputsFor(info);
  const definitions = useQuery(CustomFieldsDocument, { variables: { provider: info.provider } });
  const customResult = definitions.data?.customFieldDefinitions;
  const customFields = customResult?.__typename === 'CustomFieldDefinitions' ? customResult.fields : [];
  const [values, setValues] = useState<Record<string, string>>({});
  const [custom, setCustom] = useState<Record<string, CustomDraft>>({});
  // Kept while the same input is retried; any edit makes a new one (a key is bound to its input).
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [outcome, setOutcome] = useState<Outcome>();
  const [createCase, { loading }] = useMutation(NewCaseDocument, {
    // The inbox lists change with a new case: drop them, and the inbox asks again when shown.
    update(cache, { data }) {
      if (data?.createCase.__typename === 'CreateCaseSuccess') {
        cache.evict({ id: 'ROOT_QUERY', fieldName: 'cases' });
        cache.gc();
      }
    },
  });

  const edit = (change: () => void) => {
    change();
    setIdempotencyKey(crypto.randomUUID());
  };

  // Each problem beside its input: paths of this form's inputs, and `customFields.<i>` by the key sent at i.
  const placed = new Map<string, string>();
  const placedPaths = new Set<string>();
  if (outcome?.kind === 'refused' && outcome.error.__typename === 'ValidationError') {
    for (const { path, message } of outcome.error.fields ?? []) {
      const dotted = path.join('.');
      const customKey = path[0] === 'customFields' ? outcome.sentCustomKeys[Number(path[1])] : undefined;
      const target = customKey
        ? customId(customKey)
        : inputs.some((i) => i.path === dotted)
          ? inputId(dotted)
          : undefined;
      if (!target) continue;
      placed.set(target, placed.has(target) ? `${placed.get(target)} ${message}` : message);
      placedPaths.add(dotted);
    }
  }
  const firstInvalid = [...placed.keys()][0];
  useEffect(() => {
    if (firstInvalid) document.getElementById(firstInvalid)?.focus();
  }, [firstInvalid, outcome]);

  const send = async () => {
    const draft: Record<string, unknown> = { provider: info.provider, idempotencyKey };
    for (const input of inputs) {
      const value = values[input.path]?.trim();
      if (value) setPath(draft, input.path.split('.'), value);
    }
    const sent = customFields
      .map((field) => ({ key: field.key, value: customValue(field.type, custom[field.key], field.required) }))
      .filter((field) => field.value !== undefined);
    if (sent.length > 0) draft.customFields = sent;
    if (!isCreateCaseInput(draft)) return;
    try {
      const { data } = await createCase({ variables: { input: draft } });
      const result = data?.createCase;
      if (!result) return;
      if (result.__typename === 'CreateCaseSuccess') navigate(hrefs.case(result.case.id));
      else setOutcome({ kind: 'refused', error: result, sentCustomKeys: sent.map((f) => f.key) });
    } catch (failure: unknown) {
      setOutcome({ kind: 'unreachable', error: failure instanceof Error ? failure : new Error(String(failure)) });
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void send();
  };

  const describedBy = (id: string) => (placed.has(id) ? errorIdFor(id) : undefined);
  const errorText = (id: string) =>
    placed.has(id) ? (
      <p id={errorIdFor(id)} className="field-error">
        {placed.get(id)}
      </p>
    ) : null;
  const label = (id: string, text: string, required: boolean) => (
    <label htmlFor={id}>
      {text}
      {required && <span aria-hidden="true"> *</span>}
    </label>
  );

  const control = (input: InputSpec): ReactNode => {
    const id = inputId(input.path);
    const common = {
      id,
      required: input.required,
      'aria-invalid': placed.has(id) ? true : undefined,
      'aria-describedby': describedBy(id),
      value: values[input.path] ?? '',
      onChange: (e: { target: { value: string } }) =>
        edit(() => setValues((v) => ({ ...v, [input.path]: e.target.value }))),
    };
    switch (input.control) {
      case 'text':
        return <input type="text" maxLength={input.maxLength} {...common} />;
      case 'email':
        return <input type="email" {...common} />;
      case 'textarea':
        return <textarea rows={4} maxLength={input.maxLength} {...common} />;
      case 'priority':
        return (
          <select {...common}>
            <option value="">—</option>
            {optionsOf(PRIORITY_LABELS).map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        );
      case 'status':
        return (
          <select {...common}>
            <option value="">—</option>
            {optionsOf(STATUS_LABELS).map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        );
      default: {
        const unknownControl: never = input.control;
        return unknownControl;
      }
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-describedby="new-case-help">
      <p id="new-case-help" className="muted">
        Fields marked * are required by {info.name}.
      </p>
      {outcome?.kind === 'refused' && (
        <ErrorNotice
          error={outcome.error}
          doing="create the case"
          placedPaths={placedPaths}
          onRetry={() => void send()}
        />
      )}
      {outcome?.kind === 'unreachable' && (
        <RequestFailed error={outcome.error} doing="create the case" onRetry={() => void send()} />
      )}
      {inputs.map((input) => {
        const id = inputId(input.path);
        return (
          <div className="field" key={input.path}>
            {label(id, input.label, input.required)}
            {control(input)}
            {errorText(id)}
          </div>
        );
      })}
      {definitions.error && <RequestFailed error={definitions.error} doing="load the custom fields" />}
      {customResult && customResult.__typename !== 'CustomFieldDefinitions' && (
        <ErrorNotice error={customResult} doing="load the custom fields" onRetry={() => void definitions.refetch()} />
      )}
      {customFields.length > 0 && (
        <fieldset>
          <legend>Custom fields</legend>
          {customFields.map((field) => (
            <CustomFieldInput
              key={field.key}
              field={field}
              id={customId(field.key)}
              value={custom[field.key]}
              error={errorText(customId(field.key))}
              describedBy={describedBy(customId(field.key))}
              onChange={(value) => edit(() => setCustom((c) => ({ ...c, [field.key]: value })))}
              label={label}
            />
          ))}
        </fieldset>
      )}
      <button type="submit" disabled={loading}>
        {loading ? 'Creating…' : 'Create case'}
      </button>
    </form>
  );
}

interface CustomFieldInputProps {
  field: CustomFieldDefinition;
  id: string;
  value: CustomDraft | undefined;
  error: ReactNode;
  describedBy: string | undefined;
  onChange: (value: CustomDraft) => void;
  label: (id: string, text: string, required: boolean) => ReactNode;
}

/** One custom field, with the input its type calls for. */
function CustomFieldInput({ field, id, value, error, describedBy, onChange, label }: CustomFieldInputProps) {
  const text = typeof value === 'string' ? value : '';
  const aria = { 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy, required: field.required };
  const name = field.label ?? field.key;
  let input: ReactNode;
  switch (field.type) {
    case 'BOOLEAN':
      return (
        <div className="field field-check">
          <input
            id={id}
            type="checkbox"
            checked={value === true}
            onChange={(e) => onChange(e.target.checked)}
            {...aria}
          />
          {label(id, name, field.required)}
          {error}
        </div>
      );
    case 'TEXT':
      input = <input id={id} type="text" value={text} onChange={(e) => onChange(e.target.value)} {...aria} />;
      break;
    case 'STRING_LIST':
      input = (
        <input
          id={id}
          type="text"
          value={text}
          placeholder="Separate values with commas"
          onChange={(e) => onChange(e.target.value)}
          {...aria}
        />
      );
      break;
    case 'TEXTAREA':
      input = <textarea id={id} rows={3} value={text} onChange={(e) => onChange(e.target.value)} {...aria} />;
      break;
    case 'NUMBER':
    case 'DECIMAL':
      input = (
        <input
          id={id}
          type="number"
          step={field.type === 'NUMBER' ? 1 : 'any'}
          value={text}
          onChange={(e) => onChange(e.target.value)}
          {...aria}
        />
      );
      break;
    case 'DATE':
      input = <input id={id} type="date" value={text} onChange={(e) => onChange(e.target.value)} {...aria} />;
      break;
    case 'SINGLE_SELECT':
    case 'DEPENDENT':
      input = (
        <select id={id} value={text} onChange={(e) => onChange(e.target.value)} {...aria}>
          <option value="">—</option>
          {field.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label ?? o.value}
            </option>
          ))}
        </select>
      );
      break;
    case 'MULTI_SELECT':
      input = (
        <select
          id={id}
          multiple
          value={Array.isArray(value) ? value : []}
          onChange={(e) => onChange([...e.target.selectedOptions].map((o) => o.value))}
          {...aria}
        >
          {field.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label ?? o.value}
            </option>
          ))}
        </select>
      );
      break;
    default: {
      const unknownType: never = field.type;
      return unknownType;
    }
  }
  return (
    <div className="field">
      {label(id, name, field.required)}
      {input}
      {error}
    </div>
  );
}
