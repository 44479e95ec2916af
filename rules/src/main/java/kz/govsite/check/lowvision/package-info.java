/**
 * The low-vision check: finds the page's control for the version for the visually impaired, switches
 * it on in the browser and proves the mode works ({@code lowvision.*} findings).
 */
package kz.govsite.check.lowvision;
