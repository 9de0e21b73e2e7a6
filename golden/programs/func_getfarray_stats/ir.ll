; ModuleID = 'func_getfarray_stats.sy'
source_filename = "func_getfarray_stats.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@xs = dso_local global [64 x float] zeroinitializer, align 16
@.str = private unnamed_addr constant [22 x i8] c"above mean: %d of %d\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @mean(float* noundef %0, i32 noundef %1) #0 {
  %3 = alloca float*, align 8
  %4 = alloca i32, align 4
  %5 = alloca float, align 4
  %6 = alloca i32, align 4
  store float* %0, float** %3, align 8
  store i32 %1, i32* %4, align 4
  store float 0.000000e+00, float* %5, align 4
  store i32 0, i32* %6, align 4
  br label %7

7:                                                ; preds = %11, %2
  %8 = load i32, i32* %6, align 4
  %9 = load i32, i32* %4, align 4
  %10 = icmp slt i32 %8, %9
  br i1 %10, label %11, label %21

11:                                               ; preds = %7
  %12 = load float, float* %5, align 4
  %13 = load float*, float** %3, align 8
  %14 = load i32, i32* %6, align 4
  %15 = sext i32 %14 to i64
  %16 = getelementptr inbounds float, float* %13, i64 %15
  %17 = load float, float* %16, align 4
  %18 = fadd float %12, %17
  store float %18, float* %5, align 4
  %19 = load i32, i32* %6, align 4
  %20 = add nsw i32 %19, 1
  store i32 %20, i32* %6, align 4
  br label %7, !llvm.loop !6

21:                                               ; preds = %7
  %22 = load float, float* %5, align 4
  %23 = load i32, i32* %4, align 4
  %24 = sitofp i32 %23 to float
  %25 = fdiv float %22, %24
  ret float %25
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @min_max(float* noundef %0, i32 noundef %1, float* noundef %2) #0 {
  %4 = alloca float*, align 8
  %5 = alloca i32, align 4
  %6 = alloca float*, align 8
  %7 = alloca i32, align 4
  store float* %0, float** %4, align 8
  store i32 %1, i32* %5, align 4
  store float* %2, float** %6, align 8
  %8 = load float*, float** %4, align 8
  %9 = getelementptr inbounds float, float* %8, i64 0
  %10 = load float, float* %9, align 4
  %11 = load float*, float** %6, align 8
  %12 = getelementptr inbounds float, float* %11, i64 0
  store float %10, float* %12, align 4
  %13 = load float*, float** %4, align 8
  %14 = getelementptr inbounds float, float* %13, i64 0
  %15 = load float, float* %14, align 4
  %16 = load float*, float** %6, align 8
  %17 = getelementptr inbounds float, float* %16, i64 1
  store float %15, float* %17, align 4
  store i32 1, i32* %7, align 4
  br label %18

18:                                               ; preds = %58, %3
  %19 = load i32, i32* %7, align 4
  %20 = load i32, i32* %5, align 4
  %21 = icmp slt i32 %19, %20
  br i1 %21, label %22, label %61

22:                                               ; preds = %18
  %23 = load float*, float** %4, align 8
  %24 = load i32, i32* %7, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds float, float* %23, i64 %25
  %27 = load float, float* %26, align 4
  %28 = load float*, float** %6, align 8
  %29 = getelementptr inbounds float, float* %28, i64 0
  %30 = load float, float* %29, align 4
  %31 = fcmp olt float %27, %30
  br i1 %31, label %32, label %40

32:                                               ; preds = %22
  %33 = load float*, float** %4, align 8
  %34 = load i32, i32* %7, align 4
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds float, float* %33, i64 %35
  %37 = load float, float* %36, align 4
  %38 = load float*, float** %6, align 8
  %39 = getelementptr inbounds float, float* %38, i64 0
  store float %37, float* %39, align 4
  br label %40

40:                                               ; preds = %32, %22
  %41 = load float*, float** %4, align 8
  %42 = load i32, i32* %7, align 4
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds float, float* %41, i64 %43
  %45 = load float, float* %44, align 4
  %46 = load float*, float** %6, align 8
  %47 = getelementptr inbounds float, float* %46, i64 1
  %48 = load float, float* %47, align 4
  %49 = fcmp ogt float %45, %48
  br i1 %49, label %50, label %58

50:                                               ; preds = %40
  %51 = load float*, float** %4, align 8
  %52 = load i32, i32* %7, align 4
  %53 = sext i32 %52 to i64
  %54 = getelementptr inbounds float, float* %51, i64 %53
  %55 = load float, float* %54, align 4
  %56 = load float*, float** %6, align 8
  %57 = getelementptr inbounds float, float* %56, i64 1
  store float %55, float* %57, align 4
  br label %58

58:                                               ; preds = %50, %40
  %59 = load i32, i32* %7, align 4
  %60 = add nsw i32 %59, 1
  store i32 %60, i32* %7, align 4
  br label %18, !llvm.loop !8

61:                                               ; preds = %18
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca float, align 4
  %4 = alloca [2 x float], align 4
  %5 = alloca float, align 4
  %6 = alloca float, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca float, align 4
  store i32 0, i32* %1, align 4
  %10 = call i32 @getfarray(float* noundef getelementptr inbounds ([64 x float], [64 x float]* @xs, i64 0, i64 0))
  store i32 %10, i32* %2, align 4
  %11 = call float @getfloat()
  store float %11, float* %3, align 4
  %12 = load i32, i32* %2, align 4
  %13 = call float @mean(float* noundef getelementptr inbounds ([64 x float], [64 x float]* @xs, i64 0, i64 0), i32 noundef %12)
  store float %13, float* %5, align 4
  %14 = load i32, i32* %2, align 4
  %15 = getelementptr inbounds [2 x float], [2 x float]* %4, i64 0, i64 0
  call void @min_max(float* noundef getelementptr inbounds ([64 x float], [64 x float]* @xs, i64 0, i64 0), i32 noundef %14, float* noundef %15)
  %16 = load i32, i32* %2, align 4
  call void @putfarray(i32 noundef %16, float* noundef getelementptr inbounds ([64 x float], [64 x float]* @xs, i64 0, i64 0))
  %17 = load float, float* %5, align 4
  call void @putfloat(float noundef %17)
  call void @putch(i32 noundef 10)
  %18 = getelementptr inbounds [2 x float], [2 x float]* %4, i64 0, i64 0
  call void @putfarray(i32 noundef 2, float* noundef %18)
  store float 0.000000e+00, float* %6, align 4
  store i32 0, i32* %7, align 4
  store i32 0, i32* %8, align 4
  br label %19

19:                                               ; preds = %44, %0
  %20 = load i32, i32* %7, align 4
  %21 = load i32, i32* %2, align 4
  %22 = icmp slt i32 %20, %21
  br i1 %22, label %23, label %56

23:                                               ; preds = %19
  %24 = load i32, i32* %7, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [64 x float], [64 x float]* @xs, i64 0, i64 %25
  %27 = load float, float* %26, align 4
  %28 = load float, float* %5, align 4
  %29 = fsub float %27, %28
  store float %29, float* %9, align 4
  %30 = load float, float* %6, align 4
  %31 = load float, float* %9, align 4
  %32 = load float, float* %9, align 4
  %33 = fmul float %31, %32
  %34 = fadd float %30, %33
  store float %34, float* %6, align 4
  %35 = load i32, i32* %7, align 4
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds [64 x float], [64 x float]* @xs, i64 0, i64 %36
  %38 = load float, float* %37, align 4
  %39 = load float, float* %5, align 4
  %40 = fcmp ogt float %38, %39
  br i1 %40, label %41, label %44

41:                                               ; preds = %23
  %42 = load i32, i32* %8, align 4
  %43 = add nsw i32 %42, 1
  store i32 %43, i32* %8, align 4
  br label %44

44:                                               ; preds = %41, %23
  %45 = load i32, i32* %7, align 4
  %46 = sext i32 %45 to i64
  %47 = getelementptr inbounds [64 x float], [64 x float]* @xs, i64 0, i64 %46
  %48 = load float, float* %47, align 4
  %49 = load float, float* %3, align 4
  %50 = fmul float %48, %49
  %51 = load i32, i32* %7, align 4
  %52 = sext i32 %51 to i64
  %53 = getelementptr inbounds [64 x float], [64 x float]* @xs, i64 0, i64 %52
  store float %50, float* %53, align 4
  %54 = load i32, i32* %7, align 4
  %55 = add nsw i32 %54, 1
  store i32 %55, i32* %7, align 4
  br label %19, !llvm.loop !9

56:                                               ; preds = %19
  %57 = load float, float* %6, align 4
  %58 = load i32, i32* %2, align 4
  %59 = sitofp i32 %58 to float
  %60 = fdiv float %57, %59
  call void @putfloat(float noundef %60)
  call void @putch(i32 noundef 10)
  %61 = load i32, i32* %2, align 4
  call void @putfarray(i32 noundef %61, float* noundef getelementptr inbounds ([64 x float], [64 x float]* @xs, i64 0, i64 0))
  %62 = load i32, i32* %8, align 4
  %63 = load i32, i32* %2, align 4
  call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([22 x i8], [22 x i8]* @.str, i64 0, i64 0), i32 noundef %62, i32 noundef %63)
  %64 = load i32, i32* %8, align 4
  %65 = mul nsw i32 %64, 10
  %66 = load i32, i32* %2, align 4
  %67 = add nsw i32 %65, %66
  ret i32 %67
}

declare i32 @getfarray(float* noundef) #1

declare float @getfloat() #1

declare void @putfarray(i32 noundef, float* noundef) #1

declare void @putfloat(float noundef) #1

declare void @putch(i32 noundef) #1

declare void @putf(i8* noundef, ...) #1

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
