; ModuleID = 'lex_float_literal_forms.sy'
source_filename = "lex_float_literal_forms.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@forms = dso_local local_unnamed_addr global [24 x float] [float 1.500000e+00, float 5.000000e-01, float 5.000000e+00, float 0.000000e+00, float 2.500000e-01, float 1.000000e+03, float 1.000000e+03, float 1.000000e+03, float 0x3F50624DE0000000, float 2.500000e+02, float 5.000000e+00, float 5.000000e-01, float 0x3FF3C0C200000000, float 1.000000e+00, float 1.000000e+00, float 3.000000e+00, float 3.000000e+00, float 1.000000e+00, float 2.500000e-01, float 1.000000e+01, float 0x47EFFFFFE0000000, float 0x3810000000000000, float 0x400921FB60000000, float 0x47EFFFFFE0000000], align 16

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  br label %1

1:                                                ; preds = %0, %1
  %2 = phi i64 [ 0, %0 ], [ %5, %1 ]
  %3 = getelementptr inbounds [24 x float], [24 x float]* @forms, i64 0, i64 %2
  %4 = load float, float* %3, align 4, !tbaa !5
  tail call void @putfloat(float noundef %4) #2
  tail call void @putch(i32 noundef 10) #2
  %5 = add nuw nsw i64 %2, 1
  %6 = icmp eq i64 %5, 24
  br i1 %6, label %7, label %1, !llvm.loop !9

7:                                                ; preds = %1
  %8 = load float, float* getelementptr inbounds ([24 x float], [24 x float]* @forms, i64 0, i64 0), align 16, !tbaa !5
  %9 = fadd float %8, 0.000000e+00
  %10 = load float, float* getelementptr inbounds ([24 x float], [24 x float]* @forms, i64 0, i64 1), align 4, !tbaa !5
  %11 = fadd float %9, %10
  %12 = load float, float* getelementptr inbounds ([24 x float], [24 x float]* @forms, i64 0, i64 2), align 8, !tbaa !5
  %13 = fadd float %11, %12
  %14 = load float, float* getelementptr inbounds ([24 x float], [24 x float]* @forms, i64 0, i64 3), align 4, !tbaa !5
  %15 = fadd float %13, %14
  %16 = load float, float* getelementptr inbounds ([24 x float], [24 x float]* @forms, i64 0, i64 4), align 16, !tbaa !5
  %17 = fadd float %15, %16
  %18 = load float, float* getelementptr inbounds ([24 x float], [24 x float]* @forms, i64 0, i64 5), align 4, !tbaa !5
  %19 = fadd float %17, %18
  %20 = load float, float* getelementptr inbounds ([24 x float], [24 x float]* @forms, i64 0, i64 6), align 8, !tbaa !5
  %21 = fadd float %19, %20
  %22 = load float, float* getelementptr inbounds ([24 x float], [24 x float]* @forms, i64 0, i64 7), align 4, !tbaa !5
  %23 = fadd float %21, %22
  %24 = load float, float* getelementptr inbounds ([24 x float], [24 x float]* @forms, i64 0, i64 8), align 16, !tbaa !5
  %25 = fadd float %23, %24
  %26 = load float, float* getelementptr inbounds ([24 x float], [24 x float]* @forms, i64 0, i64 9), align 4, !tbaa !5
  %27 = fadd float %25, %26
  %28 = load float, float* getelementptr inbounds ([24 x float], [24 x float]* @forms, i64 0, i64 10), align 8, !tbaa !5
  %29 = fadd float %27, %28
  %30 = load float, float* getelementptr inbounds ([24 x float], [24 x float]* @forms, i64 0, i64 11), align 4, !tbaa !5
  %31 = fadd float %29, %30
  %32 = load float, float* getelementptr inbounds ([24 x float], [24 x float]* @forms, i64 0, i64 12), align 16, !tbaa !5
  %33 = fadd float %31, %32
  %34 = load float, float* getelementptr inbounds ([24 x float], [24 x float]* @forms, i64 0, i64 13), align 4, !tbaa !5
  %35 = fadd float %33, %34
  %36 = load float, float* getelementptr inbounds ([24 x float], [24 x float]* @forms, i64 0, i64 14), align 8, !tbaa !5
  %37 = fadd float %35, %36
  %38 = load float, float* getelementptr inbounds ([24 x float], [24 x float]* @forms, i64 0, i64 15), align 4, !tbaa !5
  %39 = fadd float %37, %38
  %40 = load float, float* getelementptr inbounds ([24 x float], [24 x float]* @forms, i64 0, i64 16), align 16, !tbaa !5
  %41 = fadd float %39, %40
  %42 = load float, float* getelementptr inbounds ([24 x float], [24 x float]* @forms, i64 0, i64 17), align 4, !tbaa !5
  %43 = fadd float %41, %42
  %44 = load float, float* getelementptr inbounds ([24 x float], [24 x float]* @forms, i64 0, i64 18), align 8, !tbaa !5
  %45 = fadd float %43, %44
  tail call void @putfloat(float noundef %45) #2
  tail call void @putch(i32 noundef 10) #2
  tail call void @putfloat(float noundef 0x42CB6033E0000000) #2
  tail call void @putch(i32 noundef 10) #2
  tail call void @putfloat(float noundef 1.000000e+00) #2
  tail call void @putch(i32 noundef 10) #2
  tail call void @putfloat(float noundef -1.000000e+01) #2
  tail call void @putch(i32 noundef 10) #2
  tail call void @putint(i32 noundef 39) #2
  tail call void @putch(i32 noundef 10) #2
  ret i32 39
}

declare void @putfloat(float noundef) local_unnamed_addr #1

declare void @putch(i32 noundef) local_unnamed_addr #1

declare void @putint(i32 noundef) local_unnamed_addr #1

attributes #0 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{!"Debian clang version 14.0.6"}
!5 = !{!6, !6, i64 0}
!6 = !{!"float", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
