/** Helpers the engine's packages share; not API. */
package kz.govsite.internal;
