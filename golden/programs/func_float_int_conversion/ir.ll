; ModuleID = 'func_float_int_conversion.sy'
source_filename = "func_float_int_conversion.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_i = dso_local global i32 3, align 4
@g_f = dso_local global float 7.000000e+00, align 4
@.str = private unnamed_addr constant [10 x i8] c"%f %f %a\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @half(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, i32* %2, align 4
  %3 = load i32, i32* %2, align 4
  %4 = sitofp i32 %3 to double
  %5 = fdiv double %4, 2.000000e+00
  %6 = fptrunc double %5 to float
  ret float %6
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @trunc_to_int(float noundef %0) #0 {
  %2 = alloca float, align 4
  store float %0, float* %2, align 4
  %3 = load float, float* %2, align 4
  %4 = fptosi float %3 to i32
  ret i32 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @scale(float noundef %0, i32 noundef %1) #0 {
  %3 = alloca float, align 4
  %4 = alloca i32, align 4
  store float %0, float* %3, align 4
  store i32 %1, i32* %4, align 4
  %5 = load float, float* %3, align 4
  %6 = load i32, i32* %4, align 4
  %7 = sitofp i32 %6 to float
  %8 = fmul float %5, %7
  ret float %8
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca float, align 4
  %4 = alloca float, align 4
  %5 = alloca float, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca float, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca float, align 4
  %12 = alloca i32, align 4
  store i32 0, i32* %1, align 4
  store i32 7, i32* %2, align 4
  %13 = load i32, i32* %2, align 4
  %14 = sitofp i32 %13 to float
  store float %14, float* %3, align 4
  %15 = load i32, i32* %2, align 4
  %16 = sdiv i32 %15, 2
  %17 = sitofp i32 %16 to float
  store float %17, float* %4, align 4
  %18 = load i32, i32* %2, align 4
  %19 = sitofp i32 %18 to double
  %20 = fdiv double %19, 2.000000e+00
  %21 = fptrunc double %20 to float
  store float %21, float* %5, align 4
  %22 = load float, float* %5, align 4
  %23 = fptosi float %22 to i32
  store i32 %23, i32* %6, align 4
  %24 = load float, float* %5, align 4
  %25 = fneg float %24
  %26 = fptosi float %25 to i32
  store i32 %26, i32* %7, align 4
  %27 = load float, float* %3, align 4
  call void @putfloat(float noundef %27)
  call void @putch(i32 noundef 32)
  %28 = load float, float* %4, align 4
  call void @putfloat(float noundef %28)
  call void @putch(i32 noundef 32)
  %29 = load float, float* %5, align 4
  call void @putfloat(float noundef %29)
  call void @putch(i32 noundef 32)
  %30 = load i32, i32* %6, align 4
  call void @putint(i32 noundef %30)
  call void @putch(i32 noundef 32)
  %31 = load i32, i32* %7, align 4
  call void @putint(i32 noundef %31)
  call void @putch(i32 noundef 10)
  %32 = load float, float* %5, align 4
  %33 = fpext float %32 to double
  %34 = load float, float* %4, align 4
  %35 = fpext float %34 to double
  call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([10 x i8], [10 x i8]* @.str, i64 0, i64 0), double noundef %33, double noundef 2.500000e-01, double noundef %35)
  %36 = call float @half(i32 noundef 9)
  call void @putfloat(float noundef %36)
  call void @putch(i32 noundef 32)
  %37 = call i32 @trunc_to_int(float noundef -2.750000e+00)
  call void @putint(i32 noundef %37)
  call void @putch(i32 noundef 32)
  %38 = call i32 @trunc_to_int(float noundef 2.750000e+00)
  call void @putint(i32 noundef %38)
  call void @putch(i32 noundef 32)
  %39 = call float @scale(float noundef 1.250000e+00, i32 noundef 3)
  call void @putfloat(float noundef %39)
  call void @putch(i32 noundef 10)
  %40 = load i32, i32* @g_i, align 4
  call void @putint(i32 noundef %40)
  call void @putch(i32 noundef 32)
  %41 = load float, float* @g_f, align 4
  call void @putfloat(float noundef %41)
  call void @putch(i32 noundef 10)
  store float 0.000000e+00, float* %8, align 4
  store i32 1, i32* %9, align 4
  br label %42

42:                                               ; preds = %45, %0
  %43 = load i32, i32* %9, align 4
  %44 = icmp sle i32 %43, 10
  br i1 %44, label %45, label %55

45:                                               ; preds = %42
  %46 = load float, float* %8, align 4
  %47 = fpext float %46 to double
  %48 = load i32, i32* %9, align 4
  %49 = sitofp i32 %48 to double
  %50 = fdiv double 1.000000e+00, %49
  %51 = fadd double %47, %50
  %52 = fptrunc double %51 to float
  store float %52, float* %8, align 4
  %53 = load i32, i32* %9, align 4
  %54 = add nsw i32 %53, 1
  store i32 %54, i32* %9, align 4
  br label %42, !llvm.loop !6

55:                                               ; preds = %42
  %56 = load float, float* %8, align 4
  call void @putfloat(float noundef %56)
  call void @putch(i32 noundef 10)
  %57 = load float, float* %8, align 4
  %58 = fmul float %57, 1.000000e+02
  %59 = fptosi float %58 to i32
  store i32 %59, i32* %10, align 4
  %60 = load i32, i32* %10, align 4
  call void @putint(i32 noundef %60)
  call void @putch(i32 noundef 10)
  br i1 true, label %61, label %62

61:                                               ; preds = %55
  call void @putint(i32 noundef 1)
  br label %62

62:                                               ; preds = %61, %55
  call void @putint(i32 noundef 2)
  %63 = load float, float* %8, align 4
  %64 = fcmp ogt float %63, 2.000000e+00
  br i1 %64, label %65, label %70

65:                                               ; preds = %62
  %66 = load i32, i32* %2, align 4
  %67 = sitofp i32 %66 to double
  %68 = fcmp olt double %67, 7.500000e+00
  br i1 %68, label %69, label %70

69:                                               ; preds = %65
  call void @putint(i32 noundef 3)
  br label %70

70:                                               ; preds = %69, %65, %62
  call void @putch(i32 noundef 10)
  store float 1.000000e+09, float* %11, align 4
  %71 = load float, float* %11, align 4
  %72 = fdiv float %71, 4.000000e+00
  %73 = fptosi float %72 to i32
  store i32 %73, i32* %12, align 4
  %74 = load i32, i32* %12, align 4
  call void @putint(i32 noundef %74)
  call void @putch(i32 noundef 10)
  %75 = load i32, i32* %10, align 4
  %76 = load i32, i32* @g_i, align 4
  %77 = add nsw i32 %75, %76
  ret i32 %77
}

declare void @putfloat(float noundef) #1

declare void @putch(i32 noundef) #1

declare void @putint(i32 noundef) #1

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
