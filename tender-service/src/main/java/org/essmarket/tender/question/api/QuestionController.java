package org.essmarket.tender.question.api;

import java.net.URI;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.essmarket.platform.web.PageResponse;
import org.essmarket.tender.question.application.QuestionService;
import org.essmarket.tender.question.domain.Question;
import org.essmarket.tender.tender.api.Callers;
import org.essmarket.tender.tender.application.Caller;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A tender's public Q&A. The bodies carry only the text: asker, dates and ids are the server's. */
@RestController
@RequestMapping("/api/v1/tenders/{tenderId}/questions")
class QuestionController {

    record AskRequest(String text) {
    }

    record AnswerRequest(String answer) {
    }

    private final QuestionService questions;

    QuestionController(QuestionService questions) {
        this.questions = questions;
    }

    @PostMapping
    @Tag(name = "Questions")
    @Operation(operationId = "askQuestion", summary = "Ask the buyer a question about a published tender (suppliers)")
    @ApiResponse(responseCode = "201", description = "Asked")
    ResponseEntity<QuestionResponse> askQuestion(@PathVariable String tenderId, @RequestBody AskRequest request,
            Authentication user) {
        Caller caller = Callers.of(user);
        Question question = questions.askQuestion(caller, tenderId, request.text());
        return ResponseEntity.created(URI.create("/api/v1/tenders/" + tenderId + "/questions/" + question.id()))
                .body(QuestionResponse.of(question, caller.userId()));
    }

    @GetMapping
    @Tag(name = "Questions")
    @Operation(operationId = "listQuestions", summary = "Answered questions and the caller's own (anyone)")
    PageResponse<QuestionResponse> listQuestions(@PathVariable String tenderId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(100) int size, Authentication user) {
        Caller caller = Callers.of(user);
        return PageResponse.of(questions.listQuestions(caller, tenderId, PageRequest.of(page, size)),
                question -> QuestionResponse.of(question, caller.userId()));
    }

    @PutMapping("/{questionId}/answer")
    @Tag(name = "Questions")
    @Operation(operationId = "answerQuestion", summary = "Answer a question; the answer is public (owner buyer)")
    QuestionResponse answerQuestion(@PathVariable String tenderId, @PathVariable String questionId,
            @RequestBody AnswerRequest request, Authentication user) {
        Caller caller = Callers.of(user);
        return QuestionResponse.of(questions.answerQuestion(caller, tenderId, questionId, request.answer()),
                caller.userId());
    }
}
