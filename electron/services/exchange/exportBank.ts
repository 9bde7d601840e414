// The *bank* scope of an exchange file (docs/exchange-format.md): this centre's households with
// recorded consent go whole into parts/households.ndjson; the others only as pseudonymous aid
// markers in parts/markers.ndjson. A province office also relays every copy and marker it holds.
// Rows are read with .iterate() and written line by line: nothing here holds all households.
//
// Choices:
// - Which households: every household this centre owns (origin_centre_id = this centre),
//   archived ones too (archivedAt travels).
// - A whole household carries every aid record held for it, whatever its source (the line says
//   the source: this centre, another centre or an agency) — a receiving centre wants to know the
//   family was helped, by anyone.
// - Markers: one per national ID (head and members with one) per aid record of the household,
//   all sources alike (a marker has no source field). A household without aid gives none.
// - Sensitive data (income, rent, disability, members' health, the sensitive groups) only when
//   the manager ticked it for this export; relayed copies that carry it lose it too otherwise.
import type { Db } from '../../store/database.ts';
import { stmt } from '../../store/statements.ts';
import { SENSITIVE_GROUPS, type VulnerabilityGroup } from '../../../shared/contract/households.ts';
import type { AidMarker, BankHousehold } from '../../../shared/contract/exchangeRecords.ts';
import { markerHash } from './markers.ts';
import type { PartWriter } from './zipWriter.ts';

export interface Centre {
  id: string;
  name: string;
  province: string;
  city: string;
}

export interface BankCounts {
  /** this centre's households, whole */
  households: number;
  /** markers of this centre's households */
  markers: number;
  /** copies of other centres' households relayed (province office) */
  copies: number;
  /** markers of other centres relayed (province office) */
  heldMarkers: number;
}

interface HouseholdExportRow {
  id: string;
  head_first_name: string;
  head_last_name: string;
  head_father_name: string | null;
  head_national_id: string;
  head_birth_date: string;
  head_sex: 'female' | 'male';
  head_mobile: string | null;
  address: string | null;
  city: string;
  village: string | null;
  disability_kind: string | null;
  disability_severity: NonNullable<BankHousehold['sensitive']>['disabilitySeverity'];
  monthly_income: number | null;
  housing_status: BankHousehold['housingStatus'];
  monthly_rent: number | null;
  agency: BankHousehold['agency'];
  agency_file_no: string | null;
  consent_date: string;
  archived_at: string | null;
  updated_at: string;
  groups: string | null;
  members: string;
  health: string | null;
  needs: string;
  aid: string;
}

// Members, needs and aid come back as JSON arrays built by SQLite (one indexed look-up each per
// household), in the key order of the contract's schemas; the line is assembled in JS.
const HOUSEHOLDS_SQL = `
  SELECT h.id, h.head_first_name, h.head_last_name, h.head_father_name, h.head_national_id, h.head_birth_date, h.head_sex,
         h.head_mobile, h.address, h.city, h.village, h.disability_kind, h.disability_severity, h.monthly_income,
         h.housing_status, h.monthly_rent, h.agency, h.agency_file_no, h.consent_date, h.archived_at, h.updated_at,
         (SELECT group_concat(grp) FROM household_groups WHERE household_id = h.id) AS groups,
         (SELECT json_group_array(json_object('id', m.id, 'firstName', m.first_name, 'lastName', m.last_name,
                   'relation', m.relation, 'sex', m.sex, 'nationalId', m.national_id, 'birthDate', m.birth_date,
                   'education', m.education, 'occupation', m.occupation) ORDER BY m.position)
            FROM household_members m WHERE m.household_id = h.id) AS members,
         CASE WHEN @sensitive = 1 THEN
           (SELECT json_group_object(m.id, m.health) FROM household_members m WHERE m.household_id = h.id AND m.health IS NOT NULL)
         END AS health,
         (SELECT json_group_array(json_object('id', n.id, 'kind', n.kind, 'equipmentKind', n.equipment_kind,
                   'priority', n.priority, 'recordedOn', n.recorded_on, 'status', n.status, 'closedOn', n.closed_on)
                   ORDER BY n.recorded_on, n.id)
            FROM needs n WHERE n.household_id = h.id) AS needs,
         (SELECT json_group_array(json_object('id', a.id, 'kind', a.kind, 'date', a.date, 'value', a.value,
                   'description', a.description, 'source', a.source, 'sourceName', a.source_name) ORDER BY a.date, a.id)
            FROM aid_records a WHERE a.household_id = h.id) AS aid
  FROM households h
  WHERE h.origin_centre_id = @centre AND h.consent_to_share = 1`;

// One row per household without consent that has aid: its national IDs (head and members with
// one) and its aid records as [kind, date, value] (the markers are their cross product).
const MARKERS_SQL = `
  SELECT (SELECT group_concat(n.national_id) FROM household_national_ids n WHERE n.household_id = h.id) AS ids,
         (SELECT json_group_array(json_array(a.kind, a.date, a.value)) FROM aid_records a WHERE a.household_id = h.id) AS aid
  FROM households h
  WHERE h.origin_centre_id = @centre AND h.consent_to_share = 0
    AND EXISTS (SELECT 1 FROM aid_records a WHERE a.household_id = h.id)`;

/** Whether writing this centre's markers needs the province passphrase (some household without
 *  consent has aid on record). */
export function needsPassphrase(db: Db, centreId: string): boolean {
  return (
    stmt<[string], { one: number }>(
      db,
      `SELECT 1 AS one FROM households h WHERE h.origin_centre_id = ? AND h.consent_to_share = 0
         AND EXISTS (SELECT 1 FROM aid_records a WHERE a.household_id = h.id) LIMIT 1`,
    ).get(centreId) !== undefined
  );
}

const isSensitiveGroup = (g: VulnerabilityGroup) => SENSITIVE_GROUPS.includes(g);

/** One household's line. Members, needs and aid arrive as JSON arrays from SQLite and are put
 *  into the line as they are (the keys after `agencyFileNo` are, in the schema's order, members,
 *  needs, aid, sensitive), so 100,000 households are not parsed and written twice. */
function householdLine(r: HouseholdExportRow, centre: Centre, includeSensitive: boolean): string {
  const allGroups = (r.groups ? r.groups.split(',') : []) as VulnerabilityGroup[];
  allGroups.sort();
  const fixed: Omit<BankHousehold, 'members' | 'needs' | 'aid' | 'sensitive'> = {
    id: r.id,
    owner: centre.id,
    ownerName: centre.name,
    version: r.updated_at,
    archivedAt: r.archived_at,
    consentDate: r.consent_date,
    head: {
      firstName: r.head_first_name,
      lastName: r.head_last_name,
      fatherName: r.head_father_name,
      nationalId: r.head_national_id,
      birthDate: r.head_birth_date,
      sex: r.head_sex,
      mobile: r.head_mobile,
    },
    city: r.city,
    village: r.village,
    address: r.address,
    groups: includeSensitive ? allGroups : allGroups.filter((g) => !isSensitiveGroup(g)),
    housingStatus: r.housing_status,
    agency: r.agency,
    agencyFileNo: r.agency_file_no,
  };
  const sensitive: BankHousehold['sensitive'] = includeSensitive
    ? {
        monthlyIncome: r.monthly_income,
        monthlyRent: r.monthly_rent,
        disabilityKind: r.disability_kind,
        disabilitySeverity: r.disability_severity,
        memberHealth: r.health ? (JSON.parse(r.health) as Record<string, string>) : {},
        groupsSensitive: allGroups.filter(isSensitiveGroup),
      }
    : null;
  const head = JSON.stringify(fixed);
  return `${head.slice(0, -1)},"members":${r.members},"needs":${r.needs},"aid":${r.aid},"sensitive":${JSON.stringify(sensitive)}}`;
}

/** A relayed copy without its sensitive data (the manager did not tick it for this export). */
function withoutSensitive(record: string): string {
  const h = JSON.parse(record) as BankHousehold;
  return JSON.stringify({ ...h, groups: h.groups.filter((g) => !isSensitiveGroup(g)), sensitive: null });
}

/** Writes the bank parts. `passphrase` may be null only when needsPassphrase() said no. */
export function writeBankParts(
  db: Db,
  opts: { centre: Centre; includeSensitive: boolean; provinceOffice: boolean; passphrase: string | null },
  parts: { households: PartWriter; markers: PartWriter },
): BankCounts {
  const { centre, includeSensitive } = opts;
  const counts: BankCounts = { households: 0, markers: 0, copies: 0, heldMarkers: 0 };

  for (const r of stmt<[{ centre: string; sensitive: number }], HouseholdExportRow>(db, HOUSEHOLDS_SQL).iterate({
    centre: centre.id,
    sensitive: includeSensitive ? 1 : 0,
  })) {
    parts.households.write(householdLine(r, centre, includeSensitive));
    counts.households++;
  }

  if (opts.provinceOffice) {
    // Copies as they arrived (their owner kept); JSON is re-written only to drop sensitive data
    // (the sensitive object, or a sensitive group however it came to be in `groups`).
    for (const r of stmt<[{ strip: number; centre: string }], { record: string; sensitive: number }>(
      db,
      `SELECT record,
              CASE WHEN @strip = 1 AND (json_extract(record, '$.sensitive') IS NOT NULL
                     OR EXISTS (SELECT 1 FROM json_each(record, '$.groups') WHERE value IN (${SENSITIVE_GROUPS.map((g) => `'${g}'`).join(', ')})))
                   THEN 1 ELSE 0 END AS sensitive
       FROM bank_households WHERE owner != @centre ORDER BY owner, id`,
    ).iterate({ strip: includeSensitive ? 0 : 1, centre: centre.id })) {
      parts.households.write(r.sensitive ? withoutSensitive(r.record) : r.record);
      counts.copies++;
    }
  }

  if (opts.passphrase !== null) {
    const passphrase = opts.passphrase;
    // Lines are written as JSON.stringify would write an AidMarker (same keys, same order; the
    // tests parse them with the schema); each ID is hashed once per household.
    const head = `{"owner":${JSON.stringify(centre.id)},"ownerName":${JSON.stringify(centre.name)},"idHash":"`;
    for (const r of stmt<[{ centre: string }], { ids: string | null; aid: string }>(db, MARKERS_SQL).iterate({ centre: centre.id })) {
      if (!r.ids) continue;
      const aid = (JSON.parse(r.aid) as [AidMarker['kind'], string, number][]).map(
        ([kind, date, value]) => `","kind":${JSON.stringify(kind)},"date":${JSON.stringify(date)},"value":${Number(value)}}`,
      );
      for (const nationalId of r.ids.split(',')) {
        const prefix = `${head}${markerHash(passphrase, nationalId)}`;
        for (const tail of aid) parts.markers.write(prefix + tail);
        counts.markers += aid.length;
      }
    }
  } else if (needsPassphrase(db, centre.id)) {
    throw new Error('markers to write but no passphrase: the caller must refuse first');
  }

  if (opts.provinceOffice) {
    // (in the table's key order; a marker of this centre itself is never held, but never relayed either)
    for (const r of stmt<[string], { owner: string; owner_name: string; id_hash: string; kind: AidMarker['kind']; date: string; value: number }>(
      db,
      'SELECT owner, owner_name, id_hash, kind, date, value FROM aid_markers WHERE owner != ? ORDER BY id_hash, owner, kind, date, value',
    ).iterate(centre.id)) {
      const line: AidMarker = { owner: r.owner, ownerName: r.owner_name, idHash: r.id_hash, kind: r.kind, date: r.date, value: r.value };
      parts.markers.write(JSON.stringify(line));
      counts.heldMarkers++;
    }
  }
  return counts;
}
