import { formatDataScope, parseDataScope, type DataScopeKind } from '../../../shared/auth/dataScope';
import { FirmPicker } from '../../registry/common/FirmPicker';
import { LawyerPicker } from '../../registry/common/LawyerPicker';
import { RegionSelect } from '../../registry/common/RegionSelect';

interface DataScopeInputProps {
  /** Which kind of scope to choose (the role decides: scopeKindOf). */
  kind: DataScopeKind;
  id?: string;
  /** `region:220100`, `firm:{id}` or `self:{id}`: what the API takes. */
  value?: string;
  onChange?: (value: string | undefined) => void;
  'aria-label'?: string;
}

/**
 * A data scope chosen with the register's own pickers: a region from the tree, a firm by name, or a
 * lawyer by name or certificate number. The form holds the API's text, so a 400 on `dataScope`
 * lands on this field.
 */
export function DataScopeInput({ kind, id, value, onChange, ...rest }: DataScopeInputProps) {
  const parsed = parseDataScope(value);
  const current = parsed?.kind === kind ? parsed.value : undefined;
  const change = (next: string | undefined) => onChange?.(next ? formatDataScope(kind, next) : undefined);
  const common = { id, value: current, onChange: change, 'aria-label': rest['aria-label'] };

  switch (kind) {
    case 'firm':
      return <FirmPicker {...common} />;
    case 'self':
      return <LawyerPicker {...common} />;
    default:
      return <RegionSelect {...common} />;
  }
}
