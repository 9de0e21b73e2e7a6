; ModuleID = 'func_getfloat_polynomial.sy'
source_filename = "func_getfloat_polynomial.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@coef = dso_local global [16 x float] zeroinitializer, align 16
@deriv = dso_local global [16 x float] zeroinitializer, align 16

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @horner(float* noundef %0, i32 noundef %1, float noundef %2) #0 {
  %4 = alloca float*, align 8
  %5 = alloca i32, align 4
  %6 = alloca float, align 4
  %7 = alloca float, align 4
  %8 = alloca i32, align 4
  store float* %0, float** %4, align 8
  store i32 %1, i32* %5, align 4
  store float %2, float* %6, align 4
  %9 = load float*, float** %4, align 8
  %10 = load i32, i32* %5, align 4
  %11 = sext i32 %10 to i64
  %12 = getelementptr inbounds float, float* %9, i64 %11
  %13 = load float, float* %12, align 4
  store float %13, float* %7, align 4
  %14 = load i32, i32* %5, align 4
  %15 = sub nsw i32 %14, 1
  store i32 %15, i32* %8, align 4
  br label %16

16:                                               ; preds = %19, %3
  %17 = load i32, i32* %8, align 4
  %18 = icmp sge i32 %17, 0
  br i1 %18, label %19, label %31

19:                                               ; preds = %16
  %20 = load float, float* %7, align 4
  %21 = load float, float* %6, align 4
  %22 = fmul float %20, %21
  %23 = load float*, float** %4, align 8
  %24 = load i32, i32* %8, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds float, float* %23, i64 %25
  %27 = load float, float* %26, align 4
  %28 = fadd float %22, %27
  store float %28, float* %7, align 4
  %29 = load i32, i32* %8, align 4
  %30 = sub nsw i32 %29, 1
  store i32 %30, i32* %8, align 4
  br label %16, !llvm.loop !6

31:                                               ; preds = %16
  %32 = load float, float* %7, align 4
  ret float %32
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca float, align 4
  %6 = alloca float, align 4
  %7 = alloca float, align 4
  %8 = alloca float, align 4
  %9 = alloca i32, align 4
  %10 = alloca float, align 4
  %11 = alloca float, align 4
  %12 = alloca i32, align 4
  store i32 0, i32* %1, align 4
  %13 = call i32 @getint()
  store i32 %13, i32* %2, align 4
  store i32 0, i32* %3, align 4
  br label %14

14:                                               ; preds = %18, %0
  %15 = load i32, i32* %3, align 4
  %16 = load i32, i32* %2, align 4
  %17 = icmp sle i32 %15, %16
  br i1 %17, label %18, label %25

18:                                               ; preds = %14
  %19 = call float @getfloat()
  %20 = load i32, i32* %3, align 4
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds [16 x float], [16 x float]* @coef, i64 0, i64 %21
  store float %19, float* %22, align 4
  %23 = load i32, i32* %3, align 4
  %24 = add nsw i32 %23, 1
  store i32 %24, i32* %3, align 4
  br label %14, !llvm.loop !8

25:                                               ; preds = %14
  store i32 1, i32* %3, align 4
  br label %26

26:                                               ; preds = %30, %25
  %27 = load i32, i32* %3, align 4
  %28 = load i32, i32* %2, align 4
  %29 = icmp sle i32 %27, %28
  br i1 %29, label %30, label %44

30:                                               ; preds = %26
  %31 = load i32, i32* %3, align 4
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds [16 x float], [16 x float]* @coef, i64 0, i64 %32
  %34 = load float, float* %33, align 4
  %35 = load i32, i32* %3, align 4
  %36 = sitofp i32 %35 to float
  %37 = fmul float %34, %36
  %38 = load i32, i32* %3, align 4
  %39 = sub nsw i32 %38, 1
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds [16 x float], [16 x float]* @deriv, i64 0, i64 %40
  store float %37, float* %41, align 4
  %42 = load i32, i32* %3, align 4
  %43 = add nsw i32 %42, 1
  store i32 %43, i32* %3, align 4
  br label %26, !llvm.loop !9

44:                                               ; preds = %26
  %45 = call i32 @getint()
  store i32 %45, i32* %4, align 4
  br label %46

46:                                               ; preds = %49, %44
  %47 = load i32, i32* %4, align 4
  %48 = icmp sgt i32 %47, 0
  br i1 %48, label %49, label %61

49:                                               ; preds = %46
  %50 = call float @getfloat()
  store float %50, float* %5, align 4
  %51 = load float, float* %5, align 4
  call void @putfloat(float noundef %51)
  call void @putch(i32 noundef 32)
  %52 = load i32, i32* %2, align 4
  %53 = load float, float* %5, align 4
  %54 = call float @horner(float* noundef getelementptr inbounds ([16 x float], [16 x float]* @coef, i64 0, i64 0), i32 noundef %52, float noundef %53)
  call void @putfloat(float noundef %54)
  call void @putch(i32 noundef 32)
  %55 = load i32, i32* %2, align 4
  %56 = sub nsw i32 %55, 1
  %57 = load float, float* %5, align 4
  %58 = call float @horner(float* noundef getelementptr inbounds ([16 x float], [16 x float]* @deriv, i64 0, i64 0), i32 noundef %56, float noundef %57)
  call void @putfloat(float noundef %58)
  call void @putch(i32 noundef 10)
  %59 = load i32, i32* %4, align 4
  %60 = sub nsw i32 %59, 1
  store i32 %60, i32* %4, align 4
  br label %46, !llvm.loop !10

61:                                               ; preds = %46
  %62 = call float @getfloat()
  store float %62, float* %6, align 4
  %63 = call float @getfloat()
  store float %63, float* %7, align 4
  %64 = load i32, i32* %2, align 4
  %65 = load float, float* %6, align 4
  %66 = call float @horner(float* noundef getelementptr inbounds ([16 x float], [16 x float]* @coef, i64 0, i64 0), i32 noundef %64, float noundef %65)
  store float %66, float* %8, align 4
  store i32 0, i32* %9, align 4
  br label %67

67:                                               ; preds = %97, %61
  %68 = load i32, i32* %9, align 4
  %69 = icmp slt i32 %68, 30
  br i1 %69, label %70, label %100

70:                                               ; preds = %67
  %71 = load float, float* %6, align 4
  %72 = load float, float* %7, align 4
  %73 = fadd float %71, %72
  %74 = fdiv float %73, 2.000000e+00
  store float %74, float* %10, align 4
  %75 = load i32, i32* %2, align 4
  %76 = load float, float* %10, align 4
  %77 = call float @horner(float* noundef getelementptr inbounds ([16 x float], [16 x float]* @coef, i64 0, i64 0), i32 noundef %75, float noundef %76)
  store float %77, float* %11, align 4
  %78 = load float, float* %11, align 4
  %79 = fpext float %78 to double
  %80 = fcmp oeq double %79, 0.000000e+00
  br i1 %80, label %81, label %84

81:                                               ; preds = %70
  %82 = load float, float* %10, align 4
  store float %82, float* %6, align 4
  %83 = load float, float* %10, align 4
  store float %83, float* %7, align 4
  br label %100

84:                                               ; preds = %70
  %85 = load float, float* %11, align 4
  %86 = fcmp olt float %85, 0.000000e+00
  %87 = zext i1 %86 to i32
  %88 = load float, float* %8, align 4
  %89 = fcmp olt float %88, 0.000000e+00
  %90 = zext i1 %89 to i32
  %91 = icmp eq i32 %87, %90
  br i1 %91, label %92, label %95

92:                                               ; preds = %84
  %93 = load float, float* %10, align 4
  store float %93, float* %6, align 4
  %94 = load float, float* %11, align 4
  store float %94, float* %8, align 4
  br label %97

95:                                               ; preds = %84
  %96 = load float, float* %10, align 4
  store float %96, float* %7, align 4
  br label %97

97:                                               ; preds = %95, %92
  %98 = load i32, i32* %9, align 4
  %99 = add nsw i32 %98, 1
  store i32 %99, i32* %9, align 4
  br label %67, !llvm.loop !11

100:                                              ; preds = %81, %67
  %101 = load float, float* %6, align 4
  call void @putfloat(float noundef %101)
  call void @putch(i32 noundef 32)
  %102 = load float, float* %7, align 4
  call void @putfloat(float noundef %102)
  call void @putch(i32 noundef 10)
  %103 = load float, float* %6, align 4
  %104 = fmul float %103, 1.000000e+03
  %105 = fptosi float %104 to i32
  store i32 %105, i32* %12, align 4
  %106 = load i32, i32* %12, align 4
  %107 = srem i32 %106, 256
  ret i32 %107
}

declare i32 @getint() #1

declare float @getfloat() #1

declare void @putfloat(float noundef) #1

declare void @putch(i32 noundef) #1

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
!9 = distinct !{!9, !7}
!10 = distinct !{!10, !7}
!11 = distinct !{!11, !7}
