import { registerEnumType } from 'type-graphql';

export enum ImportFormat {
  XLSX = 'XLSX',
  CSV = 'CSV',
}

registerEnumType(ImportFormat, {
  name: 'ImportFormat',
  description: 'The format of an imported ledger file.',
  valuesConfig: {
    XLSX: { description: 'An Excel workbook (.xlsx); its first worksheet is read.' },
    CSV: { description: 'Comma-separated values (.csv), UTF-8 or GB18030.' },
  },
});

export enum ImportEncoding {
  UTF8 = 'UTF8',
  GB18030 = 'GB18030',
}

registerEnumType(ImportEncoding, {
  name: 'ImportEncoding',
  description: 'The character encoding a CSV ledger was read in.',
  valuesConfig: {
    UTF8: { description: 'UTF-8, with or without a byte-order mark.' },
    GB18030: { description: 'GB18030 (and so GBK and GB2312), as Excel saves CSV on Chinese Windows.' },
  },
});

export enum ImportRunStatus {
  VALIDATED = 'VALIDATED',
  REJECTED = 'REJECTED',
  APPLIED = 'APPLIED',
}

registerEnumType(ImportRunStatus, {
  name: 'ImportRunStatus',
  description: 'Where an import run is: validated (nothing written yet), rejected, or applied.',
  valuesConfig: {
    VALIDATED: { description: 'Every row is valid; nothing is written until importUnits applies it.' },
    REJECTED: { description: 'Some row or column is at fault (see `problems`); applying it writes nothing.' },
    APPLIED: { description: 'Written: units registered, resources created or updated. Final.' },
  },
});
