; ModuleID = 'func_insertion_sort_float.sy'
source_filename = "func_insertion_sort_float.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@vals = dso_local global [20 x float] [float 3.500000e+00, float -1.250000e+00, float 0.000000e+00, float 9.750000e+00, float 2.500000e+00, float -7.000000e+00, float 0x3F847AE140000000, float 1.200000e+01, float 4.000000e+00, float -5.000000e-01, float 6.250000e+00, float 3.500000e+00, float 1.000000e+02, float -1.000000e+02, float 1.250000e-01, float 2.000000e+00, float 8.500000e+00, float -3.750000e+00, float 5.000000e+00, float 1.000000e+00], align 16

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @key(float noundef %0) #0 {
  %2 = alloca float, align 4
  %3 = alloca float, align 4
  store float %0, float* %3, align 4
  %4 = load float, float* %3, align 4
  %5 = fcmp olt float %4, 0.000000e+00
  br i1 %5, label %6, label %9

6:                                                ; preds = %1
  %7 = load float, float* %3, align 4
  %8 = fneg float %7
  store float %8, float* %2, align 4
  br label %11

9:                                                ; preds = %1
  %10 = load float, float* %3, align 4
  store float %10, float* %2, align 4
  br label %11

11:                                               ; preds = %9, %6
  %12 = load float, float* %2, align 4
  ret float %12
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @isort(float* noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca float*, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca float, align 4
  %9 = alloca i32, align 4
  store float* %0, float** %4, align 8
  store i32 %1, i32* %5, align 4
  store i32 %2, i32* %6, align 4
  store i32 1, i32* %7, align 4
  br label %10

10:                                               ; preds = %82, %3
  %11 = load i32, i32* %7, align 4
  %12 = load i32, i32* %5, align 4
  %13 = icmp slt i32 %11, %12
  br i1 %13, label %14, label %91

14:                                               ; preds = %10
  %15 = load float*, float** %4, align 8
  %16 = load i32, i32* %7, align 4
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds float, float* %15, i64 %17
  %19 = load float, float* %18, align 4
  store float %19, float* %8, align 4
  %20 = load i32, i32* %7, align 4
  %21 = sub nsw i32 %20, 1
  store i32 %21, i32* %9, align 4
  %22 = load i32, i32* %6, align 4
  %23 = icmp ne i32 %22, 0
  br i1 %23, label %24, label %54

24:                                               ; preds = %14
  br label %25

25:                                               ; preds = %40, %24
  %26 = load i32, i32* %9, align 4
  %27 = icmp sge i32 %26, 0
  br i1 %27, label %28, label %38

28:                                               ; preds = %25
  %29 = load float*, float** %4, align 8
  %30 = load i32, i32* %9, align 4
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds float, float* %29, i64 %31
  %33 = load float, float* %32, align 4
  %34 = call float @key(float noundef %33)
  %35 = load float, float* %8, align 4
  %36 = call float @key(float noundef %35)
  %37 = fcmp ogt float %34, %36
  br label %38

38:                                               ; preds = %28, %25
  %39 = phi i1 [ false, %25 ], [ %37, %28 ]
  br i1 %39, label %40, label %53

40:                                               ; preds = %38
  %41 = load float*, float** %4, align 8
  %42 = load i32, i32* %9, align 4
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds float, float* %41, i64 %43
  %45 = load float, float* %44, align 4
  %46 = load float*, float** %4, align 8
  %47 = load i32, i32* %9, align 4
  %48 = add nsw i32 %47, 1
  %49 = sext i32 %48 to i64
  %50 = getelementptr inbounds float, float* %46, i64 %49
  store float %45, float* %50, align 4
  %51 = load i32, i32* %9, align 4
  %52 = sub nsw i32 %51, 1
  store i32 %52, i32* %9, align 4
  br label %25, !llvm.loop !6

53:                                               ; preds = %38
  br label %82

54:                                               ; preds = %14
  br label %55

55:                                               ; preds = %68, %54
  %56 = load i32, i32* %9, align 4
  %57 = icmp sge i32 %56, 0
  br i1 %57, label %58, label %66

58:                                               ; preds = %55
  %59 = load float*, float** %4, align 8
  %60 = load i32, i32* %9, align 4
  %61 = sext i32 %60 to i64
  %62 = getelementptr inbounds float, float* %59, i64 %61
  %63 = load float, float* %62, align 4
  %64 = load float, float* %8, align 4
  %65 = fcmp olt float %63, %64
  br label %66

66:                                               ; preds = %58, %55
  %67 = phi i1 [ false, %55 ], [ %65, %58 ]
  br i1 %67, label %68, label %81

68:                                               ; preds = %66
  %69 = load float*, float** %4, align 8
  %70 = load i32, i32* %9, align 4
  %71 = sext i32 %70 to i64
  %72 = getelementptr inbounds float, float* %69, i64 %71
  %73 = load float, float* %72, align 4
  %74 = load float*, float** %4, align 8
  %75 = load i32, i32* %9, align 4
  %76 = add nsw i32 %75, 1
  %77 = sext i32 %76 to i64
  %78 = getelementptr inbounds float, float* %74, i64 %77
  store float %73, float* %78, align 4
  %79 = load i32, i32* %9, align 4
  %80 = sub nsw i32 %79, 1
  store i32 %80, i32* %9, align 4
  br label %55, !llvm.loop !8

81:                                               ; preds = %66
  br label %82

82:                                               ; preds = %81, %53
  %83 = load float, float* %8, align 4
  %84 = load float*, float** %4, align 8
  %85 = load i32, i32* %9, align 4
  %86 = add nsw i32 %85, 1
  %87 = sext i32 %86 to i64
  %88 = getelementptr inbounds float, float* %84, i64 %87
  store float %83, float* %88, align 4
  %89 = load i32, i32* %7, align 4
  %90 = add nsw i32 %89, 1
  store i32 %90, i32* %7, align 4
  br label %10, !llvm.loop !9

91:                                               ; preds = %10
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca float, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 0, i32* %1, align 4
  call void @isort(float* noundef getelementptr inbounds ([20 x float], [20 x float]* @vals, i64 0, i64 0), i32 noundef 20, i32 noundef 0)
  call void @putfarray(i32 noundef 20, float* noundef getelementptr inbounds ([20 x float], [20 x float]* @vals, i64 0, i64 0))
  call void @isort(float* noundef getelementptr inbounds ([20 x float], [20 x float]* @vals, i64 0, i64 0), i32 noundef 20, i32 noundef 1)
  call void @putfarray(i32 noundef 20, float* noundef getelementptr inbounds ([20 x float], [20 x float]* @vals, i64 0, i64 0))
  store float 0.000000e+00, float* %2, align 4
  store i32 0, i32* %3, align 4
  br label %5

5:                                                ; preds = %8, %0
  %6 = load i32, i32* %3, align 4
  %7 = icmp slt i32 %6, 20
  br i1 %7, label %8, label %21

8:                                                ; preds = %5
  %9 = load float, float* %2, align 4
  %10 = load i32, i32* %3, align 4
  %11 = sext i32 %10 to i64
  %12 = getelementptr inbounds [20 x float], [20 x float]* @vals, i64 0, i64 %11
  %13 = load float, float* %12, align 4
  %14 = load i32, i32* %3, align 4
  %15 = add nsw i32 %14, 1
  %16 = sitofp i32 %15 to float
  %17 = fmul float %13, %16
  %18 = fadd float %9, %17
  store float %18, float* %2, align 4
  %19 = load i32, i32* %3, align 4
  %20 = add nsw i32 %19, 1
  store i32 %20, i32* %3, align 4
  br label %5, !llvm.loop !10

21:                                               ; preds = %5
  %22 = load float, float* %2, align 4
  call void @putfloat(float noundef %22)
  call void @putch(i32 noundef 10)
  %23 = load float, float* %2, align 4
  %24 = fptosi float %23 to i32
  store i32 %24, i32* %4, align 4
  %25 = load i32, i32* %4, align 4
  %26 = srem i32 %25, 256
  ret i32 %26
}

declare void @putfarray(i32 noundef, float* noundef) #1

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
