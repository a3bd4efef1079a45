/** Services reading and verifying the audit trail. */
package dev.hearth.application.service.audit;
