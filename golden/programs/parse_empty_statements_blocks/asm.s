	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"parse_empty_statements_blocks.sy"
	.globl	empty_fn                        # -- Begin function empty_fn
	.p2align	1
	.type	empty_fn,@function
empty_fn:                               # @empty_fn
# %bb.0:
	ret
.Lfunc_end0:
	.size	empty_fn, .Lfunc_end0-empty_fn
                                        # -- End function
	.globl	only_semicolons                 # -- Begin function only_semicolons
	.p2align	1
	.type	only_semicolons,@function
only_semicolons:                        # @only_semicolons
# %bb.0:
	ret
.Lfunc_end1:
	.size	only_semicolons, .Lfunc_end1-only_semicolons
                                        # -- End function
	.globl	nested_empty                    # -- Begin function nested_empty
	.p2align	1
	.type	nested_empty,@function
nested_empty:                           # @nested_empty
# %bb.0:
	ret
.Lfunc_end2:
	.size	nested_empty, .Lfunc_end2-nested_empty
                                        # -- End function
	.globl	returns_after_empties           # -- Begin function returns_after_empties
	.p2align	1
	.type	returns_after_empties,@function
returns_after_empties:                  # @returns_after_empties
# %bb.0:
	li	a0, 7
	ret
.Lfunc_end3:
	.size	returns_after_empties, .Lfunc_end3-returns_after_empties
                                        # -- End function
	.globl	main                            # -- Begin function main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -16
	sd	ra, 8(sp)                       # 8-byte Folded Spill
	sd	s0, 0(sp)                       # 8-byte Folded Spill
.LBB4_1:                                # Label of block must be emitted
	auipc	s0, %pcrel_hi(g)
	addi	s0, s0, %pcrel_lo(.LBB4_1)
	li	a0, 7
	sw	a0, 0(s0)
	li	a0, 5
	call	putint@plt
	li	a0, 32
	call	putch@plt
	lw	a0, 0(s0)
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a0, 10
	call	putint@plt
	li	a0, 10
	call	putch@plt
	lw	a0, 0(s0)
	addiw	a0, a0, 15
	ld	ra, 8(sp)                       # 8-byte Folded Reload
	ld	s0, 0(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 16
	ret
.Lfunc_end4:
	.size	main, .Lfunc_end4-main
                                        # -- End function
	.type	g,@object                       # @g
	.section	.sbss,"aw",@nobits
	.globl	g
	.p2align	2
g:
	.word	0                               # 0x0
	.size	g, 4

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
