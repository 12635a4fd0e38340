/** How to reach a service or a contact. Every part is optional; what is given is shown. */
export interface Reachability {
  phone?: string;
  email?: string;
  url?: string;
  /** Free text such as "Mon–Fri 08–15.30". */
  hours?: string;
}

/** What a service does on one tier of the model (Liermodellen: role, mandate and measures per tier). */
export interface TierMeasures {
  tier: string;
  measures: string;
}

/** A service's text in Nynorsk beside the site's main written standard; what is missing is shown in the main text. */
export interface ServiceNynorsk {
  title?: string;
  role?: string;
  mandate?: string;
  /** Matched to `tierMeasures` by tier. */
  tierMeasures?: TierMeasures[];
}

/** A municipal or state service (tjeneste): barnehage, skole, helsestasjon, PPT, barnevern, NAV, BUP, politi… */
export interface Service {
  key: string;
  title: string;
  role: string;
  mandate: string;
  tierMeasures: TierMeasures[];
  reach: Reachability;
  /** Which dimension values this service is placed on, as "dimension:value" keys. */
  placements: string[];
  /** Columns TitleNn, RoleNn, MandateNn, TierMeasuresNn. */
  nn?: ServiceNynorsk;
  id?: number;
}
