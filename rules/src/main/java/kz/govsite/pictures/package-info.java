/** Pictures of failing elements, cut from screenshots while the page is open, and how many a run takes. */
package kz.govsite.pictures;
