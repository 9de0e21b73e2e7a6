; ModuleID = 'lex_float_literal_forms.sy'
source_filename = "lex_float_literal_forms.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@forms = dso_local global [24 x float] [float 1.500000e+00, float 5.000000e-01, float 5.000000e+00, float 0.000000e+00, float 2.500000e-01, float 1.000000e+03, float 1.000000e+03, float 1.000000e+03, float 0x3F50624DE0000000, float 2.500000e+02, float 5.000000e+00, float 5.000000e-01, float 0x3FF3C0C200000000, float 1.000000e+00, float 1.000000e+00, float 3.000000e+00, float 3.000000e+00, float 1.000000e+00, float 2.500000e-01, float 1.000000e+01, float 0x47EFFFFFE0000000, float 0x3810000000000000, float 0x400921FB60000000, float 0x47EFFFFFE0000000], align 16

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca float, align 4
  %4 = alloca float, align 4
  %5 = alloca float, align 4
  %6 = alloca i32, align 4
  store i32 0, i32* %1, align 4
  store i32 0, i32* %2, align 4
  br label %7

7:                                                ; preds = %10, %0
  %8 = load i32, i32* %2, align 4
  %9 = icmp slt i32 %8, 24
  br i1 %9, label %10, label %17

10:                                               ; preds = %7
  %11 = load i32, i32* %2, align 4
  %12 = sext i32 %11 to i64
  %13 = getelementptr inbounds [24 x float], [24 x float]* @forms, i64 0, i64 %12
  %14 = load float, float* %13, align 4
  call void @putfloat(float noundef %14)
  call void @putch(i32 noundef 10)
  %15 = load i32, i32* %2, align 4
  %16 = add nsw i32 %15, 1
  store i32 %16, i32* %2, align 4
  br label %7, !llvm.loop !6

17:                                               ; preds = %7
  store float 0.000000e+00, float* %3, align 4
  store i32 0, i32* %2, align 4
  br label %18

18:                                               ; preds = %21, %17
  %19 = load i32, i32* %2, align 4
  %20 = icmp slt i32 %19, 19
  br i1 %20, label %21, label %30

21:                                               ; preds = %18
  %22 = load float, float* %3, align 4
  %23 = load i32, i32* %2, align 4
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds [24 x float], [24 x float]* @forms, i64 0, i64 %24
  %26 = load float, float* %25, align 4
  %27 = fadd float %22, %26
  store float %27, float* %3, align 4
  %28 = load i32, i32* %2, align 4
  %29 = add nsw i32 %28, 1
  store i32 %29, i32* %2, align 4
  br label %18, !llvm.loop !8

30:                                               ; preds = %18
  %31 = load float, float* %3, align 4
  call void @putfloat(float noundef %31)
  call void @putch(i32 noundef 10)
  store float 0x3DDB7CDFE0000000, float* %4, align 4
  store float 0x44DFDE9F20000000, float* %5, align 4
  %32 = load float, float* %4, align 4
  %33 = load float, float* %5, align 4
  %34 = fmul float %32, %33
  call void @putfloat(float noundef %34)
  call void @putch(i32 noundef 10)
  call void @putfloat(float noundef 1.000000e+00)
  call void @putch(i32 noundef 10)
  call void @putfloat(float noundef -1.000000e+01)
  call void @putch(i32 noundef 10)
  store i32 39, i32* %6, align 4
  %35 = load i32, i32* %6, align 4
  call void @putint(i32 noundef %35)
  call void @putch(i32 noundef 10)
  %36 = load i32, i32* %6, align 4
  ret i32 %36
}

declare void @putfloat(float noundef) #1

declare void @putch(i32 noundef) #1

declare void @putint(i32 noundef) #1

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{!"Debian clang version 14.0.6"}
!6 = distinct !{!6, !7}
!7 = !{!"llvm.loop.mustprogress"}
!8 = distinct !{!8, !7}
