; ModuleID = 'func_int_float_call_sites.sy'
source_filename = "func_int_float_call_sites.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@CI = dso_local constant i32 7, align 4
@CF = dso_local constant float 3.000000e+00, align 4
@gi = dso_local global i32 -7, align 4
@gf = dso_local global float -3.000000e+00, align 4
@ia = dso_local global [4 x i32] [i32 1, i32 -1, i32 25, i32 3], align 16
@fa = dso_local global [4 x float] [float 1.000000e+00, float -2.000000e+00, float 7.000000e+00, float 1.000000e+00], align 16
@.str = private unnamed_addr constant [13 x i8] c"%d %a %d %a\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @blend(i32 noundef %0, float noundef %1, i32 noundef %2, float noundef %3) #0 {
  %5 = alloca i32, align 4
  %6 = alloca float, align 4
  %7 = alloca i32, align 4
  %8 = alloca float, align 4
  store i32 %0, i32* %5, align 4
  store float %1, float* %6, align 4
  store i32 %2, i32* %7, align 4
  store float %3, float* %8, align 4
  %9 = load i32, i32* %5, align 4
  %10 = sitofp i32 %9 to float
  %11 = load float, float* %6, align 4
  %12 = fmul float %10, %11
  %13 = load i32, i32* %7, align 4
  %14 = sitofp i32 %13 to float
  %15 = load float, float* %8, align 4
  %16 = fdiv float %14, %15
  %17 = fadd float %12, %16
  ret float %17
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @to_int(float noundef %0) #0 {
  %2 = alloca float, align 4
  store float %0, float* %2, align 4
  %3 = load float, float* %2, align 4
  %4 = fmul float %3, 2.000000e+00
  %5 = fptosi float %4 to i32
  ret i32 %5
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @to_float(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, i32* %2, align 4
  %3 = load i32, i32* %2, align 4
  %4 = sdiv i32 %3, 3
  %5 = sitofp i32 %4 to float
  ret float %5
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @average(i32* noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32*, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32* %0, i32** %3, align 8
  store i32 %1, i32* %4, align 4
  store i32 0, i32* %5, align 4
  store i32 0, i32* %6, align 4
  br label %7

7:                                                ; preds = %11, %2
  %8 = load i32, i32* %5, align 4
  %9 = load i32, i32* %4, align 4
  %10 = icmp slt i32 %8, %9
  br i1 %10, label %11, label %21

11:                                               ; preds = %7
  %12 = load i32, i32* %6, align 4
  %13 = load i32*, i32** %3, align 8
  %14 = load i32, i32* %5, align 4
  %15 = sext i32 %14 to i64
  %16 = getelementptr inbounds i32, i32* %13, i64 %15
  %17 = load i32, i32* %16, align 4
  %18 = add nsw i32 %12, %17
  store i32 %18, i32* %6, align 4
  %19 = load i32, i32* %5, align 4
  %20 = add nsw i32 %19, 1
  store i32 %20, i32* %5, align 4
  br label %7, !llvm.loop !6

21:                                               ; preds = %7
  %22 = load i32, i32* %6, align 4
  %23 = sitofp i32 %22 to double
  %24 = load i32, i32* %4, align 4
  %25 = sitofp i32 %24 to double
  %26 = fmul double %25, 1.000000e+00
  %27 = fdiv double %23, %26
  %28 = fptrunc double %27 to float
  ret float %28
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca float, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca float, align 4
  store i32 0, i32* %1, align 4
  %6 = load i32, i32* @gi, align 4
  %7 = load float, float* @gf, align 4
  %8 = fpext float %7 to double
  call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([13 x i8], [13 x i8]* @.str, i64 0, i64 0), i32 noundef 7, double noundef 3.000000e+00, i32 noundef %6, double noundef %8)
  call void @putarray(i32 noundef 4, i32* noundef getelementptr inbounds ([4 x i32], [4 x i32]* @ia, i64 0, i64 0))
  call void @putfarray(i32 noundef 4, float* noundef getelementptr inbounds ([4 x float], [4 x float]* @fa, i64 0, i64 0))
  %9 = call float @blend(i32 noundef 2, float noundef 3.000000e+00, i32 noundef 7, float noundef 2.000000e+00)
  call void @putfloat(float noundef %9)
  call void @putch(i32 noundef 32)
  %10 = load i32, i32* getelementptr inbounds ([4 x i32], [4 x i32]* @ia, i64 0, i64 0), align 16
  %11 = load float, float* getelementptr inbounds ([4 x float], [4 x float]* @fa, i64 0, i64 2), align 8
  %12 = call float @blend(i32 noundef %10, float noundef %11, i32 noundef 3, float noundef 7.000000e+00)
  call void @putfloat(float noundef %12)
  call void @putch(i32 noundef 10)
  %13 = call i32 @to_int(float noundef 0xBFF4CCCCC0000000)
  call void @putint(i32 noundef %13)
  call void @putch(i32 noundef 32)
  %14 = call i32 @to_int(float noundef 7.000000e+00)
  call void @putint(i32 noundef %14)
  call void @putch(i32 noundef 32)
  %15 = call float @to_float(i32 noundef -8)
  call void @putfloat(float noundef %15)
  call void @putch(i32 noundef 32)
  %16 = call i32 @to_int(float noundef 4.750000e+00)
  %17 = call float @to_float(i32 noundef %16)
  call void @putfloat(float noundef %17)
  call void @putch(i32 noundef 10)
  %18 = call float @average(i32* noundef getelementptr inbounds ([4 x i32], [4 x i32]* @ia, i64 0, i64 0), i32 noundef 4)
  store float %18, float* %2, align 4
  %19 = load float, float* %2, align 4
  %20 = fdiv float %19, 4.000000e+00
  %21 = fptosi float %20 to i32
  store i32 %21, i32* %3, align 4
  %22 = load i32, i32* %3, align 4
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds [4 x i32], [4 x i32]* @ia, i64 0, i64 %23
  %25 = load i32, i32* %24, align 4
  %26 = sitofp i32 %25 to float
  %27 = load float, float* %2, align 4
  %28 = fadd float %26, %27
  %29 = load i32, i32* %3, align 4
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds [4 x float], [4 x float]* @fa, i64 0, i64 %30
  store float %28, float* %31, align 4
  %32 = load i32, i32* %3, align 4
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds [4 x float], [4 x float]* @fa, i64 0, i64 %33
  %35 = load float, float* %34, align 4
  %36 = fmul float %35, -2.000000e+00
  %37 = fptosi float %36 to i32
  %38 = load i32, i32* %3, align 4
  %39 = add nsw i32 %38, 1
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds [4 x i32], [4 x i32]* @ia, i64 0, i64 %40
  store i32 %37, i32* %41, align 4
  %42 = load float, float* %2, align 4
  call void @putfloat(float noundef %42)
  call void @putch(i32 noundef 32)
  %43 = load i32, i32* %3, align 4
  call void @putint(i32 noundef %43)
  call void @putch(i32 noundef 10)
  call void @putarray(i32 noundef 4, i32* noundef getelementptr inbounds ([4 x i32], [4 x i32]* @ia, i64 0, i64 0))
  call void @putfarray(i32 noundef 4, float* noundef getelementptr inbounds ([4 x float], [4 x float]* @fa, i64 0, i64 0))
  %44 = load float, float* getelementptr inbounds ([4 x float], [4 x float]* @fa, i64 0, i64 1), align 4
  %45 = load float, float* getelementptr inbounds ([4 x float], [4 x float]* @fa, i64 0, i64 2), align 8
  %46 = fmul float %44, %45
  %47 = fptosi float %46 to i32
  store i32 %47, i32* %4, align 4
  %48 = load i32, i32* %4, align 4
  %49 = sitofp i32 %48 to float
  store float %49, float* %5, align 4
  %50 = load i32, i32* %4, align 4
  call void @putint(i32 noundef %50)
  call void @putch(i32 noundef 32)
  %51 = load float, float* %5, align 4
  %52 = fdiv float %51, 8.000000e+00
  call void @putfloat(float noundef %52)
  call void @putch(i32 noundef 10)
  call void @putint(i32 noundef 1)
  call void @putch(i32 noundef 32)
  call void @putfloat(float noundef 5.000000e+00)
  call void @putch(i32 noundef 10)
  %53 = load i32, i32* %4, align 4
  %54 = load i32, i32* getelementptr inbounds ([4 x i32], [4 x i32]* @ia, i64 0, i64 0), align 16
  %55 = add nsw i32 %53, %54
  %56 = load i32, i32* %3, align 4
  %57 = add nsw i32 %55, %56
  ret i32 %57
}

declare void @putf(i8* noundef, ...) #1

declare void @putarray(i32 noundef, i32* noundef) #1

declare void @putfarray(i32 noundef, float* noundef) #1

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
