; ModuleID = 'func_union_find.sy'
source_filename = "func_union_find.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@parent = dso_local local_unnamed_addr global [50 x i32] zeroinitializer, align 16
@size = dso_local local_unnamed_addr global [50 x i32] zeroinitializer, align 16
@.str = private unnamed_addr constant [39 x i8] c"components=%d largest=%d redundant=%d\0A\00", align 1

; Function Attrs: nofree nosync nounwind uwtable
define dso_local i32 @find(i32 noundef %0) local_unnamed_addr #0 {
  %2 = sext i32 %0 to i64
  %3 = getelementptr inbounds [50 x i32], [50 x i32]* @parent, i64 0, i64 %2
  %4 = load i32, i32* %3, align 4, !tbaa !5
  %5 = icmp eq i32 %4, %0
  br i1 %5, label %8, label %6

6:                                                ; preds = %1
  %7 = tail call i32 @find(i32 noundef %4)
  store i32 %7, i32* %3, align 4, !tbaa !5
  br label %8

8:                                                ; preds = %6, %1
  %9 = phi i32 [ %7, %6 ], [ %0, %1 ]
  ret i32 %9
}

; Function Attrs: nofree nosync nounwind uwtable
define dso_local i32 @unite(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = tail call i32 @find(i32 noundef %0)
  %4 = tail call i32 @find(i32 noundef %1)
  %5 = icmp eq i32 %3, %4
  br i1 %5, label %24, label %6

6:                                                ; preds = %2
  %7 = sext i32 %3 to i64
  %8 = getelementptr inbounds [50 x i32], [50 x i32]* @size, i64 0, i64 %7
  %9 = load i32, i32* %8, align 4, !tbaa !5
  %10 = sext i32 %4 to i64
  %11 = getelementptr inbounds [50 x i32], [50 x i32]* @size, i64 0, i64 %10
  %12 = load i32, i32* %11, align 4, !tbaa !5
  %13 = icmp slt i32 %9, %12
  %14 = select i1 %13, i32 %4, i32 %3
  %15 = select i1 %13, i32 %3, i32 %4
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds [50 x i32], [50 x i32]* @parent, i64 0, i64 %16
  store i32 %14, i32* %17, align 4, !tbaa !5
  %18 = sext i32 %14 to i64
  %19 = getelementptr inbounds [50 x i32], [50 x i32]* @size, i64 0, i64 %18
  %20 = load i32, i32* %19, align 4, !tbaa !5
  %21 = getelementptr inbounds [50 x i32], [50 x i32]* @size, i64 0, i64 %16
  %22 = load i32, i32* %21, align 4, !tbaa !5
  %23 = add nsw i32 %22, %20
  store i32 %23, i32* %19, align 4, !tbaa !5
  br label %24

24:                                               ; preds = %2, %6
  %25 = phi i32 [ 1, %6 ], [ 0, %2 ]
  ret i32 %25
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #1 {
  %1 = tail call i32 @getint() #3
  %2 = icmp sgt i32 %1, 0
  br i1 %2, label %3, label %29

3:                                                ; preds = %0
  %4 = zext i32 %1 to i64
  %5 = and i64 %4, 1
  %6 = icmp eq i32 %1, 1
  br i1 %6, label %22, label %7

7:                                                ; preds = %3
  %8 = and i64 %4, 4294967294
  br label %9

9:                                                ; preds = %9, %7
  %10 = phi i64 [ 0, %7 ], [ %19, %9 ]
  %11 = phi i64 [ 0, %7 ], [ %20, %9 ]
  %12 = getelementptr inbounds [50 x i32], [50 x i32]* @parent, i64 0, i64 %10
  %13 = trunc i64 %10 to i32
  store i32 %13, i32* %12, align 8, !tbaa !5
  %14 = getelementptr inbounds [50 x i32], [50 x i32]* @size, i64 0, i64 %10
  store i32 1, i32* %14, align 8, !tbaa !5
  %15 = or i64 %10, 1
  %16 = getelementptr inbounds [50 x i32], [50 x i32]* @parent, i64 0, i64 %15
  %17 = trunc i64 %15 to i32
  store i32 %17, i32* %16, align 4, !tbaa !5
  %18 = getelementptr inbounds [50 x i32], [50 x i32]* @size, i64 0, i64 %15
  store i32 1, i32* %18, align 4, !tbaa !5
  %19 = add nuw nsw i64 %10, 2
  %20 = add i64 %11, 2
  %21 = icmp eq i64 %20, %8
  br i1 %21, label %22, label %9, !llvm.loop !9

22:                                               ; preds = %9, %3
  %23 = phi i64 [ 0, %3 ], [ %19, %9 ]
  %24 = icmp eq i64 %5, 0
  br i1 %24, label %29, label %25

25:                                               ; preds = %22
  %26 = getelementptr inbounds [50 x i32], [50 x i32]* @parent, i64 0, i64 %23
  %27 = trunc i64 %23 to i32
  store i32 %27, i32* %26, align 4, !tbaa !5
  %28 = getelementptr inbounds [50 x i32], [50 x i32]* @size, i64 0, i64 %23
  store i32 1, i32* %28, align 4, !tbaa !5
  br label %29

29:                                               ; preds = %25, %22, %0
  %30 = tail call i32 @getint() #3
  %31 = icmp sgt i32 %30, 0
  br i1 %31, label %32, label %76

32:                                               ; preds = %29, %71
  %33 = phi i32 [ %74, %71 ], [ %30, %29 ]
  %34 = phi i32 [ %73, %71 ], [ %1, %29 ]
  %35 = phi i32 [ %72, %71 ], [ 0, %29 ]
  %36 = tail call i32 @getint() #3
  %37 = tail call i32 @getint() #3
  %38 = tail call i32 @getint() #3
  %39 = icmp eq i32 %36, 1
  br i1 %39, label %40, label %65

40:                                               ; preds = %32
  %41 = tail call i32 @find(i32 noundef %37) #3
  %42 = tail call i32 @find(i32 noundef %38) #3
  %43 = icmp eq i32 %41, %42
  br i1 %43, label %63, label %44

44:                                               ; preds = %40
  %45 = sext i32 %41 to i64
  %46 = getelementptr inbounds [50 x i32], [50 x i32]* @size, i64 0, i64 %45
  %47 = load i32, i32* %46, align 4, !tbaa !5
  %48 = sext i32 %42 to i64
  %49 = getelementptr inbounds [50 x i32], [50 x i32]* @size, i64 0, i64 %48
  %50 = load i32, i32* %49, align 4, !tbaa !5
  %51 = icmp slt i32 %47, %50
  %52 = select i1 %51, i32 %42, i32 %41
  %53 = select i1 %51, i32 %41, i32 %42
  %54 = sext i32 %53 to i64
  %55 = getelementptr inbounds [50 x i32], [50 x i32]* @parent, i64 0, i64 %54
  store i32 %52, i32* %55, align 4, !tbaa !5
  %56 = sext i32 %52 to i64
  %57 = getelementptr inbounds [50 x i32], [50 x i32]* @size, i64 0, i64 %56
  %58 = load i32, i32* %57, align 4, !tbaa !5
  %59 = getelementptr inbounds [50 x i32], [50 x i32]* @size, i64 0, i64 %54
  %60 = load i32, i32* %59, align 4, !tbaa !5
  %61 = add nsw i32 %60, %58
  store i32 %61, i32* %57, align 4, !tbaa !5
  %62 = add nsw i32 %34, -1
  br label %71

63:                                               ; preds = %40
  %64 = add nsw i32 %35, 1
  br label %71

65:                                               ; preds = %32
  %66 = tail call i32 @find(i32 noundef %37)
  %67 = tail call i32 @find(i32 noundef %38)
  %68 = icmp eq i32 %66, %67
  br i1 %68, label %69, label %70

69:                                               ; preds = %65
  tail call void @putch(i32 noundef 89) #3
  br label %71

70:                                               ; preds = %65
  tail call void @putch(i32 noundef 78) #3
  br label %71

71:                                               ; preds = %69, %70, %44, %63
  %72 = phi i32 [ %35, %44 ], [ %64, %63 ], [ %35, %69 ], [ %35, %70 ]
  %73 = phi i32 [ %62, %44 ], [ %34, %63 ], [ %34, %69 ], [ %34, %70 ]
  %74 = add nsw i32 %33, -1
  %75 = icmp sgt i32 %33, 1
  br i1 %75, label %32, label %76, !llvm.loop !11

76:                                               ; preds = %71, %29
  %77 = phi i32 [ 0, %29 ], [ %72, %71 ]
  %78 = phi i32 [ %1, %29 ], [ %73, %71 ]
  tail call void @putch(i32 noundef 10) #3
  br i1 %2, label %79, label %97

79:                                               ; preds = %76
  %80 = zext i32 %1 to i64
  br label %81

81:                                               ; preds = %79, %93
  %82 = phi i64 [ 0, %79 ], [ %95, %93 ]
  %83 = phi i32 [ 0, %79 ], [ %94, %93 ]
  %84 = trunc i64 %82 to i32
  %85 = tail call i32 @find(i32 noundef %84)
  %86 = zext i32 %85 to i64
  %87 = icmp eq i64 %82, %86
  br i1 %87, label %88, label %93

88:                                               ; preds = %81
  %89 = getelementptr inbounds [50 x i32], [50 x i32]* @size, i64 0, i64 %82
  %90 = load i32, i32* %89, align 4, !tbaa !5
  %91 = icmp sgt i32 %90, %83
  %92 = select i1 %91, i32 %90, i32 %83
  br label %93

93:                                               ; preds = %88, %81
  %94 = phi i32 [ %83, %81 ], [ %92, %88 ]
  %95 = add nuw nsw i64 %82, 1
  %96 = icmp eq i64 %95, %80
  br i1 %96, label %97, label %81, !llvm.loop !12

97:                                               ; preds = %93, %76
  %98 = phi i32 [ 0, %76 ], [ %94, %93 ]
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([39 x i8], [39 x i8]* @.str, i64 0, i64 0), i32 noundef %78, i32 noundef %98, i32 noundef %77) #3
  %99 = shl nsw i32 %78, 4
  %100 = add nsw i32 %98, %99
  ret i32 %100
}

declare i32 @getint() local_unnamed_addr #2

declare void @putch(i32 noundef) local_unnamed_addr #2

declare void @putf(i8* noundef, ...) local_unnamed_addr #2

attributes #0 = { nofree nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind }

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
