/**
 * Authorisation criteria (SPEC §4): the default list shipped with the engine, written from the six
 * domain descriptions of the 2011 document and the kinds of conditions CCGs actually received.
 */

/** One criterion of the authorisation self-assessment. */
export interface Criterion {
  /** Domain number, 1–6. */
  readonly domain: number;
  /** Identifier in the `1.1A` style (`<domain>.<sub>[.<sub>]<letter>`), unique in the list. */
  readonly id: string;
  readonly text: string;
  /** A critical criterion that is Not met brings directions on its own. */
  readonly critical: boolean;
}

/** Ids of the default criteria the configuration analysis can judge (SPEC §4 prefill). */
export const PREFILLED_CRITERION_IDS = {
  /** Domain 3: running costs within the allowance (finance component). */
  plansWithinAllowance: "3.2A",
  /** Domain 4: member practices signed up (membership component). */
  memberPractices: "4.1A",
  /** Domain 4: a defined geographical area (geography and local-authority components). */
  definedArea: "4.1B",
  /** Domain 5: commissioning support secured (collaborative arrangement). */
  commissioningSupport: "5.1A",
} as const;

/** The shape of a criterion id: `1.1A`, `4.2.1E`, `6.4F`. */
export const CRITERION_ID_PATTERN = /^[1-6](\.[0-9]{1,2}){1,2}[A-Z]$/;

function criterion(domain: number, id: string, text: string, critical = false): Criterion {
  return { domain, id, text, critical };
}

/** The default criteria: 6–8 per domain, in domain order. */
export const DEFAULT_CRITERIA: readonly Criterion[] = [
  criterion(
    1,
    "1.1A",
    "Clinical leaders lead the CCG's commissioning decisions, with a clear vision of better outcomes for its population",
    true
  ),
  criterion(
    1,
    "1.1B",
    "Member practices take part in shaping commissioning plans through clinical forums or localities"
  ),
  criterion(
    1,
    "1.2A",
    "Nurses, secondary-care clinicians and public health specialists shape commissioning plans"
  ),
  criterion(1, "1.2B", "Clinically led service redesign shows real added value for patients"),
  criterion(
    1,
    "1.3A",
    "Quality and safety of commissioned services are monitored, with clinicians acting on concerns"
  ),
  criterion(
    1,
    "1.3B",
    "Clinical audit and outcome data are used to improve services and reduce variation"
  ),
  criterion(
    1,
    "1.4A",
    "The 360° stakeholder survey shows partners see clinical leadership bringing added value"
  ),
  criterion(2, "2.1A", "A governing body lay member leads patient and public involvement"),
  criterion(
    2,
    "2.1B",
    "Patients, carers and communities were involved in developing the commissioning plans"
  ),
  criterion(
    2,
    "2.2A",
    "Engagement reaches seldom-heard groups and meets the public sector equality duty"
  ),
  criterion(
    2,
    "2.2B",
    "Working arrangements with local HealthWatch and the voluntary sector are in place"
  ),
  criterion(
    2,
    "2.3A",
    "Complaints, patient experience and feedback inform commissioning decisions"
  ),
  criterion(2, "2.3B", "The CCG publishes what it heard from patients and what it did as a result"),
  criterion(
    3,
    "3.1A",
    "An integrated commissioning plan delivers national requirements, including outcomes",
    true
  ),
  criterion(3, "3.1B", "A QIPP plan with clinically led schemes, savings and delivery milestones"),
  criterion(
    3,
    "3.2A",
    "Running costs, including commissioning support, are planned within the running cost allowance",
    true
  ),
  criterion(3, "3.2B", "A balanced programme budget with contingency and risk management"),
  criterion(
    3,
    "3.3A",
    "Plans are aligned with the joint strategic needs assessment and the joint health and wellbeing strategy"
  ),
  criterion(3, "3.3B", "Plans set measurable improvements against the outcomes frameworks"),
  criterion(
    3,
    "3.4A",
    "Performance against NHS Constitution standards is monitored, with recovery plans where needed"
  ),
  criterion(4, "4.1A", "Member practices have signed up to the constitution", true),
  criterion(
    4,
    "4.1B",
    "A defined geographical area: practices contiguous, not widely dispersed, local-authority boundaries crossed only with a patient-benefit case",
    true
  ),
  criterion(
    4,
    "4.2A",
    "The governing body includes two lay members, a registered nurse and a secondary-care specialist doctor",
    true
  ),
  criterion(4, "4.2B", "An accountable officer and a chief finance officer are appointed"),
  criterion(
    4,
    "4.3A",
    "Audit and remuneration committees, and a conflicts of interest policy, are in place"
  ),
  criterion(
    4,
    "4.3B",
    "Financial control: financial systems, internal audit and a scheme of delegation"
  ),
  criterion(
    4,
    "4.4A",
    "Safeguarding children and adults: named accountable leads and statutory duties met",
    true
  ),
  criterion(4, "4.4B", "Emergency preparedness, resilience and response arrangements"),
  criterion(
    5,
    "5.1A",
    "Commissioning support is secured for the functions the CCG does not provide itself",
    true
  ),
  criterion(
    5,
    "5.1B",
    "Collaborative commissioning with other CCGs (lead commissioner for acute, ambulance and other shared contracts)"
  ),
  criterion(
    5,
    "5.2A",
    "The CCG is a member of the health and wellbeing board and works with the local authority"
  ),
  criterion(
    5,
    "5.2B",
    "Joint commissioning and pooled budgets with the local authority where they serve patients"
  ),
  criterion(
    5,
    "5.3A",
    "Working arrangements with the NHS Commissioning Board for primary care and specialised services"
  ),
  criterion(5, "5.3B", "Contracting and procurement arrangements are secured"),
  criterion(
    6,
    "6.1A",
    "The accountable officer and clinical chair have the capacity and capability to lead the CCG",
    true
  ),
  criterion(6, "6.1B", "The governing body collectively has the skills it needs"),
  criterion(
    6,
    "6.2A",
    "An organisational development plan builds leadership capacity to deliver the plans"
  ),
  criterion(
    6,
    "6.2B",
    "Leaders build effective relationships with partners, as the 360° stakeholder survey shows"
  ),
  criterion(
    6,
    "6.3A",
    "Succession planning and talent management for clinical and managerial leaders"
  ),
  criterion(6, "6.3B", "Leaders are accountable to member practices and promote an open culture"),
];
