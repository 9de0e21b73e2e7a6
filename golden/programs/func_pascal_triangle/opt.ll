; ModuleID = 'func_pascal_triangle.sy'
source_filename = "func_pascal_triangle.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@C = dso_local local_unnamed_addr global [40 x [40 x i32]] zeroinitializer, align 16

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  br label %1

1:                                                ; preds = %0, %43
  %2 = phi i64 [ 0, %0 ], [ %44, %43 ]
  %3 = add nsw i64 %2, -1
  %4 = getelementptr inbounds [40 x [40 x i32]], [40 x [40 x i32]]* @C, i64 0, i64 %2, i64 0
  store i32 1, i32* %4, align 16, !tbaa !5
  %5 = getelementptr inbounds [40 x [40 x i32]], [40 x [40 x i32]]* @C, i64 0, i64 %2, i64 %2
  store i32 1, i32* %5, align 4, !tbaa !5
  %6 = icmp ugt i64 %2, 1
  br i1 %6, label %7, label %43

7:                                                ; preds = %1
  %8 = add nsw i64 %2, -1
  %9 = getelementptr inbounds [40 x [40 x i32]], [40 x [40 x i32]]* @C, i64 0, i64 %8, i64 0
  %10 = load i32, i32* %9, align 16, !tbaa !5
  %11 = and i64 %3, 1
  %12 = icmp eq i64 %2, 2
  br i1 %12, label %33, label %13

13:                                               ; preds = %7
  %14 = and i64 %3, -2
  br label %15

15:                                               ; preds = %15, %13
  %16 = phi i32 [ %10, %13 ], [ %26, %15 ]
  %17 = phi i64 [ 1, %13 ], [ %30, %15 ]
  %18 = phi i64 [ 0, %13 ], [ %31, %15 ]
  %19 = getelementptr inbounds [40 x [40 x i32]], [40 x [40 x i32]]* @C, i64 0, i64 %8, i64 %17
  %20 = load i32, i32* %19, align 4, !tbaa !5
  %21 = add nsw i32 %20, %16
  %22 = srem i32 %21, 1000003
  %23 = getelementptr inbounds [40 x [40 x i32]], [40 x [40 x i32]]* @C, i64 0, i64 %2, i64 %17
  store i32 %22, i32* %23, align 4, !tbaa !5
  %24 = add nuw nsw i64 %17, 1
  %25 = getelementptr inbounds [40 x [40 x i32]], [40 x [40 x i32]]* @C, i64 0, i64 %8, i64 %24
  %26 = load i32, i32* %25, align 4, !tbaa !5
  %27 = add nsw i32 %26, %20
  %28 = srem i32 %27, 1000003
  %29 = getelementptr inbounds [40 x [40 x i32]], [40 x [40 x i32]]* @C, i64 0, i64 %2, i64 %24
  store i32 %28, i32* %29, align 4, !tbaa !5
  %30 = add nuw nsw i64 %17, 2
  %31 = add i64 %18, 2
  %32 = icmp eq i64 %31, %14
  br i1 %32, label %33, label %15, !llvm.loop !9

33:                                               ; preds = %15, %7
  %34 = phi i32 [ %10, %7 ], [ %26, %15 ]
  %35 = phi i64 [ 1, %7 ], [ %30, %15 ]
  %36 = icmp eq i64 %11, 0
  br i1 %36, label %43, label %37

37:                                               ; preds = %33
  %38 = getelementptr inbounds [40 x [40 x i32]], [40 x [40 x i32]]* @C, i64 0, i64 %8, i64 %35
  %39 = load i32, i32* %38, align 4, !tbaa !5
  %40 = add nsw i32 %39, %34
  %41 = srem i32 %40, 1000003
  %42 = getelementptr inbounds [40 x [40 x i32]], [40 x [40 x i32]]* @C, i64 0, i64 %2, i64 %35
  store i32 %41, i32* %42, align 4, !tbaa !5
  br label %43

43:                                               ; preds = %37, %33, %1
  %44 = add nuw nsw i64 %2, 1
  %45 = icmp eq i64 %44, 40
  br i1 %45, label %46, label %1, !llvm.loop !11

46:                                               ; preds = %43, %58
  %47 = phi i64 [ %59, %58 ], [ 0, %43 ]
  %48 = phi i64 [ %60, %58 ], [ 1, %43 ]
  br label %49

49:                                               ; preds = %46, %55
  %50 = phi i64 [ 0, %46 ], [ %56, %55 ]
  %51 = getelementptr inbounds [40 x [40 x i32]], [40 x [40 x i32]]* @C, i64 0, i64 %47, i64 %50
  %52 = load i32, i32* %51, align 4, !tbaa !5
  tail call void @putint(i32 noundef %52) #2
  %53 = icmp ult i64 %50, %47
  br i1 %53, label %54, label %55

54:                                               ; preds = %49
  tail call void @putch(i32 noundef 32) #2
  br label %55

55:                                               ; preds = %54, %49
  %56 = add nuw nsw i64 %50, 1
  %57 = icmp eq i64 %56, %48
  br i1 %57, label %58, label %49, !llvm.loop !12

58:                                               ; preds = %55
  tail call void @putch(i32 noundef 10) #2
  %59 = add nuw nsw i64 %47, 1
  %60 = add nuw nsw i64 %48, 1
  %61 = icmp eq i64 %59, 10
  br i1 %61, label %62, label %46, !llvm.loop !13

62:                                               ; preds = %58, %97
  %63 = phi i64 [ %103, %97 ], [ 0, %58 ]
  %64 = phi i64 [ %104, %97 ], [ 1, %58 ]
  %65 = phi i32 [ %102, %97 ], [ 1, %58 ]
  %66 = phi i32 [ %100, %97 ], [ 1, %58 ]
  %67 = and i64 %64, 1
  %68 = icmp eq i64 %63, 0
  br i1 %68, label %87, label %69

69:                                               ; preds = %62
  %70 = and i64 %64, 9223372036854775806
  br label %71

71:                                               ; preds = %71, %69
  %72 = phi i64 [ 0, %69 ], [ %84, %71 ]
  %73 = phi i32 [ 0, %69 ], [ %83, %71 ]
  %74 = phi i64 [ 0, %69 ], [ %85, %71 ]
  %75 = getelementptr inbounds [40 x [40 x i32]], [40 x [40 x i32]]* @C, i64 0, i64 %63, i64 %72
  %76 = load i32, i32* %75, align 8, !tbaa !5
  %77 = add nsw i32 %76, %73
  %78 = srem i32 %77, 1000003
  %79 = or i64 %72, 1
  %80 = getelementptr inbounds [40 x [40 x i32]], [40 x [40 x i32]]* @C, i64 0, i64 %63, i64 %79
  %81 = load i32, i32* %80, align 4, !tbaa !5
  %82 = add nsw i32 %81, %78
  %83 = srem i32 %82, 1000003
  %84 = add nuw nsw i64 %72, 2
  %85 = add i64 %74, 2
  %86 = icmp eq i64 %85, %70
  br i1 %86, label %87, label %71, !llvm.loop !14

87:                                               ; preds = %71, %62
  %88 = phi i32 [ undef, %62 ], [ %83, %71 ]
  %89 = phi i64 [ 0, %62 ], [ %84, %71 ]
  %90 = phi i32 [ 0, %62 ], [ %83, %71 ]
  %91 = icmp eq i64 %67, 0
  br i1 %91, label %97, label %92

92:                                               ; preds = %87
  %93 = getelementptr inbounds [40 x [40 x i32]], [40 x [40 x i32]]* @C, i64 0, i64 %63, i64 %89
  %94 = load i32, i32* %93, align 4, !tbaa !5
  %95 = add nsw i32 %94, %90
  %96 = srem i32 %95, 1000003
  br label %97

97:                                               ; preds = %87, %92
  %98 = phi i32 [ %88, %87 ], [ %96, %92 ]
  %99 = icmp eq i32 %98, %65
  %100 = select i1 %99, i32 %66, i32 0
  %101 = shl nsw i32 %65, 1
  %102 = srem i32 %101, 1000003
  %103 = add nuw nsw i64 %63, 1
  %104 = add nuw nsw i64 %64, 1
  %105 = icmp eq i64 %103, 40
  br i1 %105, label %106, label %62, !llvm.loop !15

106:                                              ; preds = %97
  %107 = load i32, i32* getelementptr inbounds ([40 x [40 x i32]], [40 x [40 x i32]]* @C, i64 0, i64 39, i64 19), align 4, !tbaa !5
  tail call void @putint(i32 noundef %107) #2
  tail call void @putch(i32 noundef 10) #2
  tail call void @putint(i32 noundef %100) #2
  tail call void @putch(i32 noundef 10) #2
  %108 = load i32, i32* getelementptr inbounds ([40 x [40 x i32]], [40 x [40 x i32]]* @C, i64 0, i64 20, i64 10), align 8, !tbaa !5
  %109 = srem i32 %108, 256
  ret i32 %109
}

declare void @putint(i32 noundef) local_unnamed_addr #1

declare void @putch(i32 noundef) local_unnamed_addr #1

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
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = distinct !{!11, !10}
!12 = distinct !{!12, !10}
!13 = distinct !{!13, !10}
!14 = distinct !{!14, !10}
!15 = distinct !{!15, !10}
